/**
 * Layout slots other features fill without touching the shell: add a component to a list.
 *  - MAP_CORNER_SLOTS: bottom-left over the map (legends).
 *  - BOTTOM_BAR_SLOTS: a bar under the map (period slider, play button).
 */
import type { ComponentType } from 'preact';
import { ViewControls, ViewOverlay } from './ViewControls';
import { ZoneLegend } from './ZoneLegend';
import { BadgeLegend } from './projects/BadgeLegend';

export const MAP_CORNER_SLOTS: ComponentType[] = [ViewOverlay, ZoneLegend, BadgeLegend];
export const BOTTOM_BAR_SLOTS: ComponentType[] = [ViewControls];
