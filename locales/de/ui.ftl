# Eigene Oberflächentexte des Ratgebers (Deutsch). Alle übrigen sind in Letterpress eingebaut
# (`themes/default/locales/de/ui.ftl`); ein Schlüssel hier ersetzt den eingebauten.
site-title = Nach dem Jobangebot
site-tagline = Ein praktischer Ratgeber fürs Absagen, Zurückziehen und Umentscheiden – und für den Fall, dass ein Unternehmen sein Angebot zurücknimmt. Mit Briefen zum Ausfüllen.
nav-label = Bereiche des Ratgebers
pager-label = Weitere Artikel in diesem Bereich
not-found-text = Unter dieser Adresse gibt es leider keine Seite. Wählen Sie eine Sprache, um auf der Startseite des Ratgebers neu zu beginnen:
letters-intro = Fertige Vorlagen für jeden Schritt: Lücken ausfüllen, Vorschau prüfen und den Brief kopieren, als E-Mail öffnen, herunterladen oder drucken.
translations-intro = Hier sehen Sie, wie viel des Ratgebers in jeder Sprache übersetzt ist und was fehlt oder veraltet ist. Hilfe ist willkommen – mehr dazu auf der Seite über diesen Ratgeber.
search-label = Im Ratgeber suchen
search-placeholder = Ratgeber durchsuchen
