/*
 * Run by renderInFreshProcess in a new process: reads one document job (JSON) on standard input,
 * renders it and writes its bytes, base64, on standard output.
 */
import { renderPaperQuestionnaire } from '../../src/report/render-paper-questionnaire.js';
import { renderResponseReport } from '../../src/report/render-response-report.js';
import type { DocumentJob } from './render-in-fresh-process.js';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const job = JSON.parse(Buffer.concat(chunks).toString('utf8')) as DocumentJob;
const bytes =
  job.kind === 'response'
    ? await renderResponseReport(job.report)
    : await renderPaperQuestionnaire(job.paper);
process.stdout.write(Buffer.from(bytes).toString('base64'));
