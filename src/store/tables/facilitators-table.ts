export interface FacilitatorsTable {
  id: string;
  email: string;
  /** scrypt, with its parameters and salt (see system/password-hasher.ts). */
  password_hash: string;
  created_at: string;
  /** The centre's name as associations see it; null until set. */
  display_name: string | null;
  /** The code associations type to share with the centre; null until first asked. */
  share_code: string | null;
}
