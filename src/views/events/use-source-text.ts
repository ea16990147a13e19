import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { splitParagraphs, type Paragraph } from '../../core/provenance';
import { sourceTextQueryOptions } from '../../data/load';
import type { Source } from '../../data/schema';
import { useDossierData } from '../../ui/dossier-context';

export type SourceText =
  | { status: 'pending' }
  | { status: 'error'; message: string }
  | { status: 'ready'; text: string; paragraphs: Paragraph[] };

/** A source's text (fetched once, cached by react-query) cut into paragraphs. */
export function useSourceText(source: Source): SourceText {
  const { datasetUrl } = useDossierData();
  const query = useQuery(sourceTextQueryOptions(source, datasetUrl));
  const text = query.data;
  const paragraphs = useMemo(() => (text === undefined ? [] : splitParagraphs(text)), [text]);
  if (query.isError) return { status: 'error', message: query.error.message };
  if (text === undefined) return { status: 'pending' };
  return { status: 'ready', text, paragraphs };
}
