# Guidens egne tekster i brugerfladen (dansk). Resten er indbygget i Letterpress
# (`themes/default/locales/da/ui.ftl`); en nøgle her erstatter den indbyggede.
site-title = Efter tilbuddet
site-tagline = En praktisk guide til at sige nej, trække sig og fortryde – med breve, du kan udfylde.
nav-label = Guidens afsnit
not-found-text = Der er desværre ingen side på denne adresse. Vælg et sprog for at starte forfra på guidens forside:
letters-intro = Færdige breve til hvert skridt: udfyld felterne, tjek forhåndsvisningen, og kopiér, send, download eller udskriv brevet.
translations-intro = Hvor meget af guiden der er oversat til hvert sprog, og hvad der mangler eller er forældet. Hjælp er velkommen – se siden om guiden.
search-label = Søg i guiden
search-placeholder = Søg i guiden
