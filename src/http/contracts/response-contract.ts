// Kept so that the web client and test/support still compile while they move to src/contracts.
export * from '../../contracts/response-contract.js';
