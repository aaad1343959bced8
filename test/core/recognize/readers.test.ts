/**
 * The hand readers decide the common forms themselves: the regular expressions they fall back
 * to give the same mentions (see `equivalence.test.ts`) but at several times the cost, so a
 * reader that quietly hands a common form over would only show in the benchmark.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../core/recognize/document-reader.ts';
import type { Mention } from '../../../core/recognize/mention.ts';
import { readNotificationHead, readNotificationItem } from '../../../core/recognize/notification-reader.ts';

describe('the hand readers read the common forms to their end', () => {
  it('meeting documents', () => {
    for (const text of [
      'CoP18 Doc. 21.3',
      'SC66 Doc. 20.2 (Rev. 1)',
      'AC31 Doc. 10/PC25 Doc. 11',
      'CoP19 Inf. 12',
      'SC70 SR',
      'CoP18 Com. I Rec. 14',
      'SC69 Sum. 4 Annex 2',
      'CoP18 Doc.\n21.3 Add.',
    ]) {
      const out: Mention[] = [];
      expect(readDocument(text, 0, out), text).toBe(text.length);
      expect(out).toHaveLength(1);
    }
  });

  it('notifications and their list items', () => {
    for (const text of [
      'Notification to the Parties No. 2020/027',
      'Notifications 2020/056',
      'Notification aux Parties n° 2020/027',
      'Notificación a las Partes No. 2020/027',
      'NOTIFICATION TO THE PARTIES No. 2020/027',
      'Notif. No. 2020/1',
    ])
      expect(readNotificationHead(text, 0), text).toBe(text.length);
    for (const text of [' and 2020/057', ', 2020/057', ' et no 2020/058', ' y 2020/059'])
      expect(readNotificationItem(text, 0), text).toBe(text.length);
  });
});
