import { useState } from 'react';
import './exchange.css';
import { toCsv } from '../../io/csv';
import { ptcFilesByLayer } from '../../io/ptc';
import { toReport } from '../../io/report';
import { toW3C } from '../../io/w3c';
import { readScope } from '../../state/exchange-commands';
import { csvByteOrderMark } from '../../state/preferences';
import { downloadText } from '../shared/download';
import { fileStem } from '../../domain/file-stem';

interface ExportButtonsProps {
  /** The documents to export, in order. */
  documentIds: readonly string[];
  /** Names the files, e.g. a document's or collection's title. */
  name: string;
  /** A printable report exists for a single document. */
  report?: boolean;
}

/** Export these documents' annotations as W3C Web Annotations, CSV, PTC TSV or a report. */
export function ExportButtons({ documentIds, name, report = false }: ExportButtonsProps) {
  const [message, setMessage] = useState('');
  const stem = fileStem(name, 'slant');
  const run = async (format: 'w3c' | 'csv' | 'tsv' | 'report') => {
    const scope = await readScope(documentIds);
    if (format === 'w3c') {
      // Claims ride on their annotations, so a re-import links the passages again.
      const { documents, annotations, tags, claims } = scope;
      const collection = toW3C({ documents, annotations, tags, claims }, { label: name });
      downloadText(
        `${stem}.jsonld`,
        `${JSON.stringify(collection, null, 2)}\n`,
        'application/ld+json',
      );
    } else if (format === 'csv') {
      downloadText(`${stem}.csv`, toCsv(scope, { bom: csvByteOrderMark() }), 'text/csv');
    } else if (format === 'tsv') {
      // One file per layer, each in the format the SemEval scorer reads.
      for (const { label, tsv } of ptcFilesByLayer(scope))
        downloadText(
          `${label ? `${stem}-${fileStem(label, 'layer')}` : stem}.ptc.tsv`,
          tsv,
          'text/tab-separated-values',
        );
    } else {
      const document = scope.documents[0];
      if (!document) return;
      const outlet = scope.outlets.find((o) => o.id === document.outletId);
      downloadText(`${stem}-report.html`, toReport({ ...scope, document, outlet }), 'text/html');
    }
    const count = scope.annotations.length;
    setMessage(`Exported ${count === 1 ? '1 annotation' : `${count} annotations`}.`);
  };
  return (
    <div className="export-buttons" role="group" aria-label={`Export ${name}`}>
      <span className="export-label">Export:</span>
      {report && (
        <button type="button" onClick={() => void run('report')}>
          Printable report
        </button>
      )}
      <button type="button" onClick={() => void run('w3c')}>
        W3C annotations
      </button>
      <button type="button" onClick={() => void run('csv')}>
        CSV
      </button>
      <button type="button" onClick={() => void run('tsv')}>
        PTC TSV
      </button>
      <span role="status" className="export-status">
        {message}
      </span>
    </div>
  );
}
