import { describe, expect, it } from 'vitest';
import { applySettings, currentSettings } from '../../../src/state/backup-settings';
import { useLayerView } from '../../../src/state/layer-view';
import { usePreferences } from '../../../src/state/preferences';
import { useSuggestionSettings } from '../../../src/state/suggestions/suggestion-settings';

describe('settings in a backup', () => {
  it('are read from this browser and given back to another as they were', () => {
    usePreferences.setState({ annotatorName: 'Maya', csvByteOrderMark: false });
    useSuggestionSettings.setState({ show: true });
    useLayerView.setState({ shown: ['layer-ben'], countedInCompare: ['layer-ben'] });
    const taken = currentSettings();

    usePreferences.setState({
      annotatorName: '',
      annotatorNameAsked: false,
      csvByteOrderMark: true,
    });
    useSuggestionSettings.setState({ show: false });
    useLayerView.setState({ shown: [], countedInCompare: null });
    applySettings(taken);

    expect(usePreferences.getState()).toMatchObject({
      annotatorName: 'Maya',
      annotatorNameAsked: true,
      csvByteOrderMark: false,
    });
    expect(useSuggestionSettings.getState().show).toBe(true);
    expect(useLayerView.getState()).toMatchObject({
      shown: ['layer-ben'],
      countedInCompare: ['layer-ben'],
    });
    expect(currentSettings()).toEqual(taken);
  });

  it('leave what the file does not hold as it is here', () => {
    usePreferences.setState({ annotatorName: 'Ana', csvByteOrderMark: true });
    applySettings({ csvByteOrderMark: false });
    expect(usePreferences.getState()).toMatchObject({
      annotatorName: 'Ana',
      csvByteOrderMark: false,
    });
  });
});
