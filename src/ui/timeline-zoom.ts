import { createContext, useContext } from 'react';
import type { DayExtent } from '../core/time-zoom';

/**
 * The span the timeline shows when it is zoomed to the URL's window (`zoom=1`, or a timeline-only embed with
 * a window); null shows every date. Set once by the app from the URL, read by the timeline.
 */
export const TimelineZoomContext = createContext<DayExtent | null>(null);

export const useTimelineZoom = (): DayExtent | null => useContext(TimelineZoomContext);
