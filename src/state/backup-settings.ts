/**
 * The settings a backup carries (`io/backup` `BackupSettings`), read from and written to the
 * stores that keep them in localStorage: preferences, suggestion settings and the layer view.
 */
import type { BackupSettings } from '../io/backup';
import { useLayerView } from './layer-view';
import { usePreferences } from './preferences';
import { useSuggestionSettings } from './suggestions/suggestion-settings';

export function currentSettings(): BackupSettings {
  const preferences = usePreferences.getState();
  const suggestions = useSuggestionSettings.getState();
  const layerView = useLayerView.getState();
  return {
    ...(preferences.annotatorName && { annotatorName: preferences.annotatorName }),
    csvByteOrderMark: preferences.csvByteOrderMark,
    suggestions: {
      show: suggestions.show,
      detectors: { ...suggestions.detectors },
      loadedLanguage: { ...suggestions.loadedLanguage },
    },
    layerView: {
      chosenByDocument: { ...layerView.chosenByDocument },
      shown: [...layerView.shown],
      countedInCompare: layerView.countedInCompare ?? null,
    },
  };
}

/** Takes the backup's settings; what the file does not hold stays as it is here. */
export function applySettings(settings: BackupSettings): void {
  if (settings.annotatorName !== undefined) {
    usePreferences.setState({ annotatorName: settings.annotatorName, annotatorNameAsked: true });
  }
  if (settings.csvByteOrderMark !== undefined) {
    usePreferences.setState({ csvByteOrderMark: settings.csvByteOrderMark });
  }
  if (settings.suggestions) useSuggestionSettings.setState(settings.suggestions);
  if (settings.layerView) useLayerView.setState(settings.layerView);
}
