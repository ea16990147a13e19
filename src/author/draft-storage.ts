import type { Draft } from '../core/propose/draft';

/** The draft is kept in the browser's IndexedDB, one record, so a reload (or a crash) loses nothing. */
const DB = 'dossier-author';
const STORE = 'drafts';
const KEY = 'current';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB is not available'));
  });
}

function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const req = action(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(req.result);
        };
        tx.onerror = () => {
          db.close();
          reject(tx.error ?? new Error('IndexedDB transaction failed'));
        };
      }),
  );
}

export const loadDraft = (): Promise<Draft | undefined> => run<Draft | undefined>('readonly', (s) => s.get(KEY) as IDBRequest<Draft | undefined>);
export const saveDraft = (draft: Draft): Promise<IDBValidKey> => run('readwrite', (s) => s.put(draft, KEY));
export const clearDraft = (): Promise<undefined> => run('readwrite', (s) => s.delete(KEY));
