# Textes intégrés de l’interface du thème par défaut : français (vouvoiement).
# Espaces : fine insécable (U+202F) avant ; ! ? et dans « », insécable (U+00A0) avant : et dans
# les dates et « 5 min ».

skip-to-content = Aller au contenu
nav-home = Accueil
nav-label = Rubriques
nav-letters = Lettres
menu-button = Menu
language-switcher-label = Langue
language-menu = Langue : { $language }
breadcrumbs-label = Vous êtes ici
breadcrumbs-separator = ›
toc-title = Sur cette page
pager-label = Dans la même rubrique
previous-page = Précédent :
next-page = Suivant :
reading-time = { NUMBER($minutes) ->
    [one] { $minutes } min de lecture
   *[other] { $minutes } min de lecture
}
updated-on = mis à jour le { $date }
separator = {" · "}
page-title = { $page } · { $site }
home-title = { $site } · { $page }
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }

language-in = { $code ->
    [ar] en arabe
    [da] en danois
    [de] en allemand
    [en] en anglais
    [es] en espagnol
    [fr] en français
    [it] en italien
    [ja] en japonais
    [ko] en coréen
    [nb] en norvégien
    [nl] en néerlandais
    [pl] en polonais
    [pt] en portugais
    [sv] en suédois
    [zh] en chinois
    [zh-Hant] en chinois traditionnel
   *[other] en { $name }
}
fallback-notice = Cette page n’est pas encore disponible { $missing } ; vous la lisez donc { $shown }.
fallback-help = Aidez-nous à la traduire.
outdated-notice = L’original de cette page a été modifié depuis sa traduction.
outdated-link = Lire l’original { $source }.

not-found-title = Page introuvable
not-found-text = Désolé, il n’y a aucune page à cette adresse. Choisissez une langue pour repartir de la page d’accueil :
chooser-prompt = Choisissez votre langue
feed-title = Flux Atom
edit-page = Modifier cette page

letters-title = Lettres à compléter
letters-intro = Des lettres prêtes à l’emploi : complétez les champs, vérifiez l’aperçu, puis copiez, envoyez par e-mail, téléchargez ou imprimez votre lettre.
letters-more = Autres lettres
letter-open-page = Ouvrir cette lettre dans une page à part
letter-explained-in = Expliquée dans le guide
letter-fill-in = Compléter cette lettre
letter-hide = Masquer le formulaire
letter-see = Voir la lettre
letter-form-intro = Complétez les champs ; votre lettre se met à jour au fil de la saisie. Rien de ce que vous saisissez ne quitte votre appareil.
letter-optional = (facultatif)
letter-example = p. ex. { $example }
letter-remember = Mémoriser mes informations sur cet appareil
letter-remember-hint = Enregistrées uniquement dans ce navigateur, et seulement si vous cochez la case. Votre nom sera alors prérempli dans les autres lettres.
letter-forget = Effacer mes informations
letter-forgotten = Vos informations enregistrées ont été supprimées de cet appareil.
letter-preview-label = Votre lettre
letter-subject = Objet :
letter-blanks = { $count ->
    [0] Tous les champs sont remplis
    [one] Encore { $count } champ à remplir
   *[other] Encore { $count } champs à remplir
}
letter-next-blank = Champ suivant
letter-copy = Copier
letter-mail = Ouvrir dans la messagerie
letter-download = Télécharger en .txt
letter-print = Imprimer
letter-reset = Vider le formulaire
letter-copied = Copié dans le presse-papiers.
letter-copied-blanks = Copié, mais les champs entre [crochets] sont encore vides.
letter-copy-failed = Votre navigateur n’a pas autorisé la copie. La lettre est sélectionnée : appuyez sur Ctrl+C (ou ⌘+C) pour la copier.
letter-mail-opened = Votre messagerie devrait s’ouvrir. Si rien ne se passe, copiez plutôt le texte.
letter-mail-blanks = Votre messagerie devrait s’ouvrir, mais les champs entre [crochets] sont encore vides.
letter-downloaded = Enregistré sous { $file }.
letter-downloaded-blanks = Enregistré sous { $file }, mais les champs entre [crochets] sont encore vides.
letter-cleared = Le formulaire a été vidé.
letter-nojs = Avant d’envoyer la lettre, remplacez les champs entre [crochets] par vos propres informations.
ellipsis = …

translations-link = Consultez l’avancement de chaque traduction sur la page d’état des traductions.
translations-title = État des traductions
translations-intro = La part de ce site traduite dans chaque langue, et ce qui manque ou n’est plus à jour.
translations-summary = Éléments traduits par langue
translations-language = Langue
translations-articles = Pages
translations-letters = Lettres
translations-strings = Textes de l’interface
translations-source = (langue source)
translations-counts = { $translated ->
    [one] { $translated } sur { $total } traduit
   *[other] { $translated } sur { $total } traduits
}{ $outdated ->
    [0] {""}
    [one] , { $outdated } obsolète
   *[other] , { $outdated } obsolètes
}{ $missing ->
    [0] {""}
    [one] , { $missing } manquant
   *[other] , { $missing } manquants
}
translations-item = Page ou lettre
translations-state = État
translations-file = Fichier
translations-arrow = ←
translations-missing-strings = Textes de l’interface encore à traduire :
state-translated = traduit
state-untracked = traduit (pas encore suivi)
state-outdated = obsolète
state-missing = manquant

search-label = Rechercher
search-placeholder = Rechercher
search-button = Rechercher
search-title = Recherche
search-kind-article = Article
search-kind-letter = Lettre
search-kind-section = Rubrique
search-kind-home = Accueil
search-intro = Recherchez dans tous les articles et toutes les lettres en français, ou parcourez la liste complète ci-dessous.
search-found = Pages trouvées : { $count }
search-none = Aucun résultat pour « { $query } ». Essayez un autre mot ou parcourez la liste complète des pages sur la page de recherche.
search-loading = Recherche en cours…
search-unavailable = La recherche ne fonctionne pas dans ce navigateur, mais vous pouvez parcourir la liste complète des pages sur la page de recherche.
search-no-script = La recherche nécessite JavaScript, qui est désactivé dans ce navigateur. La liste complète des pages figure ci-dessous.
search-all-results = Tous les résultats pour « { $query } »
search-all-pages = Toutes les pages
# Titres des encadrés (> [!NOTE] … en Markdown), affichés au-dessus de leur texte.
callout-note = Remarque
callout-tip = Astuce
callout-important = Important
callout-warning = Avertissement
callout-caution = Attention
# The page at an old address of a page (an alias), leading on to it.
redirect-title = Page déplacée : { $page }
redirect-text = Cette page a changé d’adresse. Si votre navigateur ne vous redirige pas automatiquement, suivez ce lien :
