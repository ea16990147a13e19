import { defineStrings } from '../../ui/i18n';

export const BAR_STRINGS = defineStrings({
  en: {
    region: 'Story: {title}', prev: 'Previous', next: 'Next', prevHint: 'Previous step (← or Page Up)', nextHint: 'Next step (→ or Page Down)',
    close: 'Close story', stepOf: 'Step {n} of {count}', changed: 'You changed the view.', back: 'Back to step {n}',
    unknown: 'This dossier has no story “{id}”.', missing: 'This story names {list}, not in this dossier; the step shows the rest.',
    place: 'place “{id}”', actor: 'actor “{id}”', event: 'event “{id}”', keys: '← → to step through',
  },
  fr: {
    region: 'Récit : {title}', prev: 'Précédent', next: 'Suivant', prevHint: 'Étape précédente (← ou Page préc.)', nextHint: 'Étape suivante (→ ou Page suiv.)',
    close: 'Fermer le récit', stepOf: 'Étape {n} sur {count}', changed: 'Vous avez modifié la vue.', back: 'Revenir à l’étape {n}',
    unknown: 'Ce dossier n’a pas de récit « {id} ».', missing: 'Ce récit cite {list}, absent de ce dossier ; l’étape montre le reste.',
    place: 'le lieu « {id} »', actor: 'l’acteur « {id} »', event: 'l’événement « {id} »', keys: '← → pour avancer',
  },
});

export const LIST_STRINGS = defineStrings({
  en: {
    button: 'Stories', buttonHint: 'Guided paths through this dossier', heading: 'Stories', none: 'This dossier has no story yet.',
    steps: '{count} steps', oneStep: '1 step', write: 'Write a story…', draft: 'Your draft',
  },
  fr: {
    button: 'Récits', buttonHint: 'Parcours guidés dans ce dossier', heading: 'Récits', none: 'Ce dossier n’a pas encore de récit.',
    steps: '{count} étapes', oneStep: '1 étape', write: 'Écrire un récit…', draft: 'Votre brouillon',
  },
});

export const EDITOR_STRINGS = defineStrings({
  en: {
    heading: 'Write a story', close: 'Close', storyTitle: 'Story title', untitled: 'My story', stepTitle: 'Step title', caption: 'Caption',
    add: 'Add this view as a step', steps: 'Steps', empty: 'No step yet: set the views as you want them, then add the view as a step.',
    show: 'Show', replace: 'Use this view', up: 'Move up', down: 'Move down', remove: 'Remove', reorderHint: 'Alt + ↑ / ↓ moves a step',
    play: 'Play', export: 'Export JSON', import: 'Load JSON', discard: 'Discard draft', discardConfirm: 'Discard for good', saved: 'Kept in this browser while you write.',
    allDates: 'all dates', event: 'open event', places: '{count} places', actors: '{count} actors', views: 'views: {list}',
    badFile: 'This file holds no story Dossier can read: {reason}', stepN: 'Step {n}', moved: 'Step moved to position {n}.',
  },
  fr: {
    heading: 'Écrire un récit', close: 'Fermer', storyTitle: 'Titre du récit', untitled: 'Mon récit', stepTitle: 'Titre de l’étape', caption: 'Légende',
    add: 'Ajouter cette vue comme étape', steps: 'Étapes', empty: 'Aucune étape : réglez les vues comme vous le souhaitez, puis ajoutez la vue comme étape.',
    show: 'Afficher', replace: 'Prendre cette vue', up: 'Monter', down: 'Descendre', remove: 'Supprimer', reorderHint: 'Alt + ↑ / ↓ déplace une étape',
    play: 'Lire', export: 'Exporter en JSON', import: 'Charger un JSON', discard: 'Jeter le brouillon', discardConfirm: 'Jeter pour de bon', saved: 'Conservé dans ce navigateur pendant l’écriture.',
    allDates: 'toutes dates', event: 'événement ouvert', places: '{count} lieux', actors: '{count} acteurs', views: 'vues : {list}',
    badFile: 'Ce fichier ne contient aucun récit lisible par Dossier : {reason}', stepN: 'Étape {n}', moved: 'Étape déplacée en position {n}.',
  },
});
