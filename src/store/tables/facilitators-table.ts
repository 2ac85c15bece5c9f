export interface FacilitatorsTable {
  id: string;
  email: string;
  /** scrypt, with its parameters and salt (see system/password-hasher.ts). */
  password_hash: string;
  created_at: string;
}
