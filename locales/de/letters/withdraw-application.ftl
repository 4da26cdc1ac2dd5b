# source_hash: 530b25bd154d5d11
title = Bewerbung zurückziehen
slug = rueckzug-bewerbung
description = Für den Ausstieg aus einem laufenden Auswahlverfahren – vor dem ersten Gespräch oder nach mehreren Runden, per E-Mail oder als Nachricht auf LinkedIn. Kurz, freundlich und klar; wenn Sie möchten, mit einem persönlichen Satz und offener Tür für einen späteren Kontakt.
subject = Rückzug meiner Bewerbung als { $position }
body =
    { $channel ->
        [linkedin] { $addressee ->
            [woman] Hallo Frau { $contact },
            [man] Hallo Herr { $contact },
           *[neutral] Hallo { $contact },
        }
        [wechat] { $addressee ->
            [woman] Hallo Frau { $contact },
            [man] Hallo Herr { $contact },
           *[neutral] Hallo { $contact },
        }
       *[email] { $addressee ->
            [woman] Sehr geehrte Frau { $contact },
            [man] Sehr geehrter Herr { $contact },
           *[neutral] Guten Tag { $contact },
        }
    }

    { $stage ->
        [interviewed] vielen Dank für Ihre Zeit und für das Interesse, das Sie und Ihre Kolleginnen und Kollegen mir im Auswahlverfahren für die Position als { $position } bei { $company } entgegengebracht haben.
       *[applied] vielen Dank für Ihr Interesse an meiner Bewerbung als { $position } bei { $company }.
    } { $note }

    Nach reiflicher Überlegung habe ich mich entschieden, meine Bewerbung zurückzuziehen. Ich teile Ihnen das umgehend mit, damit Sie Ihre weitere Planung darauf einstellen können.

    { $future ->
        [open] Meine Entscheidung hat mit meiner derzeitigen Situation zu tun, nicht mit Ihrem Unternehmen, das ich sehr schätze. Gern melde ich mich zu einem späteren Zeitpunkt wieder und freue mich, wenn wir bis dahin in Kontakt bleiben.
       *[closed] Ich bitte Sie, meine Bewerbungsunterlagen zu löschen.
    }

    Nochmals vielen Dank. Ich bin sicher, dass Sie bald die passende Person für die Stelle finden, und wünsche Ihnen und Ihrem Team alles Gute.

    { $channel ->
        [linkedin] Viele Grüße
        [wechat] Viele Grüße
       *[email] Mit freundlichen Grüßen
    }
    { $sender_name }

field-contact = Ansprechperson
    .hint = Bei Frau oder Herr den Nachnamen, gegebenenfalls mit Titel (z. B. Dr. Schneider); bei neutraler Anrede Vor- und Nachnamen.
    .example = Schneider
field-addressee = Anrede
    .hint = Bestimmt die Begrüßungszeile der Nachricht.
field-position = Position
    .hint = Die Stellenbezeichnung so, wie sie nach dem Wort „als“ stehen würde.
    .example = Projektmanagerin
field-company = Unternehmen
    .hint = Name des Unternehmens, am besten ohne Rechtsform und Artikel.
    .example = Nordlicht Software
field-channel = Versandweg
    .hint = Per E-Mail oder als Nachricht auf LinkedIn oder WeChat – danach richten sich Anrede und Gruß.
field-stage = Stand des Verfahrens
    .hint = Haben Sie sich nur beworben oder schon Gespräche geführt?
field-future = Für später
    .hint = Möchten Sie sich die Tür für eine spätere Bewerbung offenhalten? Wenn nicht, bittet die Nachricht darum, Ihre Unterlagen zu löschen.
field-note = Persönlicher Satz
    .hint = Ein oder zwei ganze Sätze, etwa zu einem Gespräch, das Ihnen in Erinnerung geblieben ist; sie schließen den ersten Absatz ab. Leer lassen geht auch.
    .example = Besonders das Gespräch mit Herrn Wagner über Ihre neue Produktlinie hat mir gefallen.
field-sender_name = Ihr Name
    .hint = Vor- und Nachname, so wie Sie unterschreiben.
    .example = Julia Becker

choice-addressee-woman = Frau
choice-addressee-man = Herr
choice-addressee-neutral = Neutral (Guten Tag bzw. Hallo)
choice-channel-email = E-Mail
choice-channel-linkedin = LinkedIn-Nachricht
choice-channel-wechat = WeChat-Nachricht
choice-stage-applied = Beworben, noch kein Gespräch
choice-stage-interviewed = Gespräche geführt
choice-future-open = Tür offenhalten
choice-future-closed = Kein weiterer Kontakt nötig
