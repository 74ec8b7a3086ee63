/**
 * The propaganda-techniques corpus (PTC, SemEval-2020 task 11): its technique names and Slant's
 * tags for them, and its span file (TSV, offsets in code points).
 */
export { PTC_TECHNIQUES, ptcTechniqueOf, tagIdOfPtcTechnique } from './ptc-techniques';
export { semEvalPresetInUse, toPtcTsv, type PtcExportInput } from './to-ptc-tsv';
export { ptcFilesByLayer, type PtcLayerFile } from './ptc-per-layer';
