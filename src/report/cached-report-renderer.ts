import type { DocumentKind, DocumentModel, ReportRenderer } from '../usecases/report-ports.js';

export interface DocumentCacheStatistics {
  /** Documents answered from memory, or from a render already under way for the same tag. */
  hits: number;
  /** Documents that had to be rendered. */
  misses: number;
  entries: number;
  bytes: number;
}

export interface CachedReportRenderer extends ReportRenderer {
  statistics(): DocumentCacheStatistics;
}

/**
 * Keeps rendered documents in memory by their tag, least recently used out first, within
 * `maxBytes` (0 keeps none). The renderer is deterministic, so a per-process cache is correct
 * with any number of instances. Requests for a document already being rendered share that
 * render: thirty clients asking for the same paper questionnaire at once cost one render.
 */
export function cachedReportRenderer(
  inner: ReportRenderer,
  maxBytes: number,
): CachedReportRenderer {
  // A Map iterates in insertion order: re-inserting on each hit keeps the oldest first.
  const kept = new Map<string, Uint8Array>();
  const rendering = new Map<string, Promise<Uint8Array>>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;

  function keep(tag: string, pdf: Uint8Array) {
    if (pdf.byteLength > maxBytes) return;
    kept.set(tag, pdf);
    bytes += pdf.byteLength;
    for (const [oldTag, old] of kept) {
      if (bytes <= maxBytes) break;
      kept.delete(oldTag);
      bytes -= old.byteLength;
    }
  }

  function cached<M extends DocumentModel>(
    kind: DocumentKind,
    render: (model: M) => Promise<Uint8Array>,
  ): (model: M) => Promise<Uint8Array> {
    return (model) => {
      const tag = inner.documentTag(kind, model);
      const found = kept.get(tag);
      if (found) {
        hits += 1;
        kept.delete(tag);
        kept.set(tag, found);
        return Promise.resolve(found);
      }
      const under = rendering.get(tag);
      if (under) {
        hits += 1;
        return under;
      }
      misses += 1;
      // A refused render (busy) is not kept: the next request tries again.
      const render$ = render(model).then((pdf) => {
        keep(tag, pdf);
        return pdf;
      });
      rendering.set(tag, render$);
      void render$.then(
        () => rendering.delete(tag),
        () => rendering.delete(tag),
      );
      return render$;
    };
  }

  return {
    renderResponseReport: cached('response', (model) => inner.renderResponseReport(model)),
    renderGroupReport: cached('group', (model) => inner.renderGroupReport(model)),
    renderTeamReport: cached('team', (model) => inner.renderTeamReport(model)),
    renderPaperQuestionnaire: cached('paper', (model) => inner.renderPaperQuestionnaire(model)),
    documentTag: (kind, model) => inner.documentTag(kind, model),
    statistics: () => ({ hits, misses, entries: kept.size, bytes }),
  };
}
