import { DatasetError } from '../data/problems';
import { useDossierStore } from '../store/store';

const TEXT = {
  en: { title: 'This dossier cannot be shown', fix: 'Fix the file and reload the page. Nothing was changed.', more: 'more problem(s)' },
  fr: { title: 'Ce dossier ne peut pas être affiché', fix: 'Corrigez le fichier puis rechargez la page. Rien n’a été modifié.', more: 'autre(s) problème(s)' },
};

/** Says what is wrong and where (file, record id, field), as text: nothing from the dataset is ever run. */
export function ErrorPanel({ error }: { error: Error }) {
  const lang = useDossierStore((s) => s.lang);
  const t = TEXT[lang];
  const problems = error instanceof DatasetError ? error.problems : [];
  const shown = problems.slice(0, 30);
  return (
    <section className="error-panel" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{t.title}</h1>
      <p>{error instanceof DatasetError ? error.summary : error.message}</p>
      {shown.length > 0 && (
        <ul className="error-panel__problems">
          {shown.map((p, i) => (
            <li key={i}>
              <code>{error instanceof DatasetError ? error.file : ''}</code> · <code>{p.where}</code>: {p.message}
            </li>
          ))}
          {problems.length > shown.length && <li>… {problems.length - shown.length} {t.more}</li>}
        </ul>
      )}
      <p className="error-panel__fix">{t.fix}</p>
    </section>
  );
}
