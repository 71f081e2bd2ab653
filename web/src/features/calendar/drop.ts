/** Drop-target handlers shared by the month's days and the week's hours. */
import type { DragEvent } from 'react';
import type { CalendarContext } from './calendar-context.js';
import { dropTarget } from './layout.js';

/** Props that make an element accept a dragged chip on `date` (and `hour` in the week view). */
export function dropProps(cal: CalendarContext, date: string, hour?: number) {
  return {
    onDragOver: (e: DragEvent) => {
      if (!cal.dragging) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
    },
    onDrop: (e: DragEvent) => {
      const placed = cal.dragging;
      if (!placed) return;
      e.preventDefault();
      cal.setDragging(null);
      const target = dropTarget(placed.local, date, hour);
      if (target !== placed.local) cal.move(placed, target);
    },
  };
}
