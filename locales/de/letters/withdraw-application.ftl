# source_hash: 8962d2f7fff7691f
title = Bewerbung zurückziehen
slug = rueckzug-bewerbung
description = Für den Ausstieg aus einem laufenden Auswahlverfahren – vor dem ersten Gespräch oder nach mehreren Runden. Kurz, freundlich und klar; wenn Sie möchten, mit offener Tür für einen späteren Kontakt.
subject = Rückzug meiner Bewerbung als { $position }
body =
    { $addressee ->
        [woman] Sehr geehrte Frau { $contact },
        [man] Sehr geehrter Herr { $contact },
       *[neutral] Guten Tag { $contact },
    }

    { $stage ->
        [interviewed] vielen Dank für die Gespräche der vergangenen Wochen und für die Zeit, die Sie und Ihre Kolleginnen und Kollegen sich für mich genommen haben. Nach reiflicher Überlegung habe ich mich entschieden, meine Bewerbung als { $position } bei { $company } zurückzuziehen. Ich möchte Ihnen das umgehend mitteilen, damit Sie die weiteren Termine entsprechend planen können.
       *[applied] vielen Dank für Ihr Interesse an meiner Bewerbung als { $position } bei { $company }. Nach reiflicher Überlegung habe ich mich entschieden, meine Bewerbung zurückzuziehen, und möchte Ihnen das so früh wie möglich mitteilen, damit Sie Ihre Planung darauf einstellen können.
    }

    { $future ->
        [open] Meine Entscheidung hat mit meiner derzeitigen Situation zu tun, nicht mit Ihrem Unternehmen, das ich sehr schätze. Gern würde ich mich zu einem späteren Zeitpunkt wieder bei Ihnen melden. Bis dahin würde ich mich freuen, wenn wir in Kontakt bleiben.
       *[closed] Ich bin sicher, dass Sie die Position bald passend besetzen werden.
    }

    Nochmals vielen Dank für Ihre Zeit. Ihnen und Ihrem Team wünsche ich alles Gute.

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
field-stage = Stand des Verfahrens
    .hint = Haben Sie sich nur beworben oder schon Gespräche geführt?
field-future = Für später
    .hint = Möchten Sie sich die Tür für eine spätere Bewerbung offenhalten?
field-sender_name = Ihr Name
    .hint = Vor- und Nachname, so wie Sie unterschreiben.
    .example = Julia Becker

choice-addressee-woman = Frau
choice-addressee-man = Herr
choice-addressee-neutral = Neutral (Guten Tag)
choice-stage-applied = Beworben, noch kein Gespräch
choice-stage-interviewed = Gespräche geführt
choice-future-open = Tür offen halten
choice-future-closed = Kein weiterer Kontakt nötig
