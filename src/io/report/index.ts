/** The printable, self-contained HTML report of a document's annotations. */
export { toReport, type ReportInput } from './to-report';
