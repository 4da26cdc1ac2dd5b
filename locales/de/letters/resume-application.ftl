# source_hash: f073df7ab8f1bd40
title = Bewerbung wieder aufnehmen
slug = bewerbung-fortsetzen
description = Für den Fall, dass Sie ein Auswahlverfahren wegen eines anderen Angebots unterbrochen haben und dieses Angebot nun nicht zustande kommt. Die E-Mail bekundet Ihr fortbestehendes Interesse, ohne lange zu erklären, und lässt dem Unternehmen alle Freiheit.
subject = Meine Bewerbung als { $position } – weiterhin großes Interesse
body =
    { $addressee ->
        [woman] Sehr geehrte Frau { $contact },
        [man] Sehr geehrter Herr { $contact },
       *[neutral] Guten Tag { $contact },
    }

    bei unserem letzten Kontakt am { $last_contact } hatte ich Ihnen mitgeteilt, dass ich meine Bewerbung als { $position } vorerst nicht weiterverfolge. Inzwischen hat sich meine Situation geändert: Das andere Angebot werde ich nicht annehmen.

    Die Stelle bei { $company } interessiert mich nach wie vor sehr. Falls sie noch nicht besetzt ist, würde ich das Auswahlverfahren gern dort fortsetzen, wo wir es unterbrochen haben. Sollte sich Ihre Planung in der Zwischenzeit geändert haben, habe ich dafür selbstverständlich Verständnis.

    Für ein Gespräch stehe ich kurzfristig zur Verfügung, telefonisch oder persönlich, ganz wie es Ihnen passt.

    Vielen Dank, dass Sie meine Anfrage prüfen.

    Mit freundlichen Grüßen
    { $sender_name }

field-contact = Ansprechperson
    .hint = Bei der Anrede Frau oder Herr nur den Nachnamen, bei neutraler Anrede Vor- und Nachnamen eintragen.
    .example = Schneider
field-addressee = Anrede
    .hint = Bestimmt die Begrüßungszeile des Briefs.
field-position = Position
    .hint = Die Stellenbezeichnung so, wie sie nach dem Wort „als“ stehen würde.
    .example = Projektmanagerin
field-company = Unternehmen
    .hint = Name des Unternehmens, am besten ohne Rechtsform und Artikel.
    .example = Nordlicht Software
field-last_contact = Letzter Kontakt
    .hint = Wann Sie dem Unternehmen zuletzt geschrieben oder mit ihm gesprochen haben.
    .example = 3. November 2026
field-sender_name = Ihr Name
    .hint = Vor- und Nachname, so wie Sie unterschreiben.
    .example = Julia Becker

choice-addressee-woman = Frau
choice-addressee-man = Herr
choice-addressee-neutral = Neutral (Guten Tag)
