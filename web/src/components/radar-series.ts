export interface RadarSeries {
  label: string;
  /** 0-100 per axis; null where the area has no score (drawn as a gap, never as zero). */
  values: Array<number | null>;
  /** The first series is the profile; later ones are dashed comparisons unless `faint`. */
  faint?: boolean;
}
