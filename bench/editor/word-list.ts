/**
 * Words for the generated benchmark article: a plain made-up vocabulary, so the benchmark needs
 * no corpus and carries no one's copyrighted text. Function words are drawn more often than the
 * rest, which gives the text roughly the rhythm (and word lengths) of news prose. A few accented
 * words keep the text from being pure ASCII.
 */
// prettier-ignore
export const FUNCTION_WORDS = [
  'the', 'a', 'an', 'of', 'to', 'in', 'and', 'or', 'but', 'on', 'at', 'by', 'for', 'with', 'from',
  'that', 'this', 'these', 'those', 'it', 'its', 'they', 'their', 'he', 'she', 'his', 'her', 'was',
  'were', 'is', 'are', 'has', 'had', 'have', 'been', 'will', 'would', 'could', 'after', 'before',
  'while', 'when', 'where', 'which', 'who', 'as', 'than', 'into', 'over', 'under', 'between',
  'near', 'about', 'against', 'during', 'since', 'not', 'also', 'more',
] as const;

// prettier-ignore
export const CONTENT_WORDS = [
  // people and groups
  'officials', 'residents', 'witnesses', 'reporters', 'soldiers', 'farmers', 'teachers', 'doctors',
  'ministers', 'council', 'committee', 'villagers', 'families', 'workers', 'leaders', 'spokesman',
  'spokeswoman', 'analysts', 'volunteers', 'students', 'engineers', 'mayor', 'governor',
  'parliament', 'agency', 'ministry', 'union', 'coalition', 'militia', 'police', 'court', 'judges',
  'lawyers', 'observers', 'monitors', 'delegation', 'envoy', 'neighbours',
  // places and things
  'coast', 'harbour', 'village', 'town', 'district', 'province', 'border', 'valley', 'river',
  'bridge', 'road', 'market', 'hospital', 'school', 'station', 'factory', 'port', 'airport',
  'highway', 'square', 'building', 'office', 'mountain', 'forest', 'field', 'island', 'city',
  'capital', 'region', 'plain', 'hillside', 'checkpoint', 'warehouse', 'clinic', 'library',
  'convoy', 'shipment', 'supplies', 'vehicles', 'documents', 'records', 'statement', 'report',
  'agreement', 'ceasefire', 'budget', 'election', 'census', 'survey', 'inquiry', 'hearing',
  'decision', 'proposal', 'measure', 'law', 'policy', 'plan', 'talks', 'meeting', 'summit',
  'figures', 'numbers', 'estimates', 'losses', 'damage', 'prices', 'wages', 'harvest', 'water',
  'electricity', 'fuel', 'grain', 'medicine', 'shelter', 'housing', 'traffic', 'weather', 'storm',
  'flood', 'drought', 'fire', 'clashes', 'violence', 'protest', 'strike', 'rally', 'crisis',
  'conflict', 'tension', 'security', 'peace', 'trade', 'economy', 'industry', 'morning', 'evening',
  'night', 'week', 'month', 'year', 'season', 'spring', 'summer', 'autumn', 'winter', 'hours',
  'days', 'decade', 'history', 'future', 'question', 'answer', 'account', 'version', 'claim',
  'claims', 'source', 'sources', 'evidence', 'footage', 'photos', 'interview', 'broadcast',
  'newspaper', 'website', 'channel', 'network', 'outlet', 'story',
  // verbs
  'said', 'says', 'told', 'reported', 'announced', 'confirmed', 'denied', 'described', 'warned',
  'urged', 'called', 'asked', 'agreed', 'rejected', 'accused', 'blamed', 'praised', 'visited',
  'arrived', 'left', 'returned', 'moved', 'crossed', 'closed', 'opened', 'reopened', 'built',
  'repaired', 'delivered', 'collected', 'counted', 'recorded', 'published', 'released', 'signed',
  'approved', 'delayed', 'cancelled', 'expanded', 'reduced', 'raised', 'cut', 'increased', 'fell',
  'rose', 'stayed', 'remained', 'continued', 'started', 'ended', 'began', 'finished', 'planned',
  'expected', 'hoped', 'feared', 'believed', 'estimated', 'suggested', 'argued', 'noted', 'added',
  'explained', 'insisted', 'claimed', 'admitted', 'promised', 'met', 'discussed', 'examined',
  'reviewed', 'investigated', 'questioned', 'tracked', 'traced',
  // adjectives and adverbs
  'local', 'regional', 'national', 'foreign', 'official', 'independent', 'public', 'private',
  'new', 'old', 'early', 'late', 'recent', 'previous', 'next', 'last', 'first', 'second', 'third',
  'large', 'small', 'major', 'minor', 'long', 'short', 'high', 'low', 'heavy', 'light', 'quiet',
  'busy', 'empty', 'crowded', 'calm', 'tense', 'difficult', 'simple', 'clear', 'unclear',
  'confirmed', 'unconfirmed', 'anonymous', 'senior', 'junior', 'former', 'current', 'northern',
  'southern', 'eastern', 'western', 'central', 'coastal', 'rural', 'urban', 'dramatic', 'shocking',
  'brutal', 'heroic', 'disastrous', 'alarming', 'reckless', 'notorious', 'careful', 'detailed',
  'brief', 'lengthy', 'partial', 'complete', 'daily', 'weekly', 'slowly', 'quickly', 'nearly',
  'almost', 'already', 'still', 'again', 'reportedly', 'allegedly', 'apparently', 'officially',
  'publicly', 'privately', 'widely', 'rarely', 'often', 'café', 'naïve', 'résumé', 'façade',
  'rôle', 'coöperation', 'déjà', 'élite',
  // numbers
  'two', 'three', 'four', 'five', 'ten', 'dozen', 'hundred', 'thousand', 'several', 'many', 'few',
  'some', 'most', 'all', 'both', 'each', 'every', 'other', 'another', 'such', '2019', '2020',
  '2021', '2022', '2023', '2024', '2025', '12', '40', '300', '7,000', '3.5',
] as const;
