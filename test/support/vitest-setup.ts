// IndexedDB for unit tests only; browser tests use Chromium's real IndexedDB.
import 'fake-indexeddb/auto';
