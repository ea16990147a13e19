import { createContext, useContext } from 'react';

/** What the header's Open… control and the origin bar can ask of the loader (App). */
export interface DataActions {
  openFile(file: File): void;
  loadBundled(): void;
}

export const DataActionsContext = createContext<DataActions | null>(null);

export function useDataActions(): DataActions {
  const value = useContext(DataActionsContext);
  if (!value) throw new Error('useDataActions must be used under <DataActionsContext.Provider>');
  return value;
}
