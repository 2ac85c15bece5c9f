import type { z } from 'zod';
import type {
  CentreShareContract,
  FacilitatorProfileContract,
  PortfolioEntryContract,
  PortfolioEntryViewContract,
  ShareCodeContract,
  ShareCodeInfoContract,
} from '../../src/http/contracts/share-contract.js';

// The sharing API's own contracts, as types only: nothing of zod reaches the bundle.
export type CentreShare = z.infer<typeof CentreShareContract>;
export type ShareCodeInfo = z.infer<typeof ShareCodeInfoContract>;
export type ShareCodeView = z.infer<typeof ShareCodeContract>;
export type FacilitatorProfile = z.infer<typeof FacilitatorProfileContract>;
export type PortfolioEntry = z.infer<typeof PortfolioEntryContract>;
export type PortfolioEntryView = z.infer<typeof PortfolioEntryViewContract>;
