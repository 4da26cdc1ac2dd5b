# source_hash: 7a012466c11a0ca5
title = Bewerbung wieder aufnehmen
slug = bewerbung-fortsetzen
description = Für den Fall, dass Sie ein Auswahlverfahren wegen eines anderen Angebots unterbrochen haben und dieses Angebot nun nicht zustande kommt. Die Nachricht bekundet Ihr fortbestehendes Interesse, ohne lange zu erklären, und lässt dem Unternehmen alle Freiheit – als E-Mail oder als Nachricht auf LinkedIn.
subject = Meine Bewerbung als { $position } – weiterhin großes Interesse
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

    bei unserem letzten Kontakt am { $last_contact } habe ich Ihnen mitgeteilt, dass ich meine Bewerbung als { $position } vorerst nicht weiterverfolge. Inzwischen hat sich meine Situation geändert, und ich bin anderweitig nicht mehr gebunden.

    Die Stelle bei { $company } interessiert mich nach wie vor sehr. Falls sie noch nicht besetzt ist, würde ich das Auswahlverfahren gern dort fortsetzen, wo wir es unterbrochen haben. Sollte sich Ihre Planung in der Zwischenzeit geändert haben, habe ich dafür selbstverständlich Verständnis.

    Für ein Gespräch stehe ich kurzfristig zur Verfügung, telefonisch oder persönlich, ganz wie es Ihnen passt.

    Vielen Dank, dass Sie meine Anfrage prüfen.

    { $channel ->
        [linkedin] Viele Grüße
        [wechat] Viele Grüße
       *[email] Mit freundlichen Grüßen
    }
    { $sender_name }
    { $phone }

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
field-last_contact = Letzter Kontakt
    .hint = Wann Sie dem Unternehmen zuletzt geschrieben oder mit ihm gesprochen haben.
    .example = 3. November 2026
field-sender_name = Ihr Name
    .hint = Vor- und Nachname, so wie Sie unterschreiben.
    .example = Julia Becker
field-phone = Telefonnummer
    .hint = Steht in einer eigenen Zeile unter Ihrem Namen, damit man Sie zurückrufen kann. Leer lassen, wenn Sie keine angeben möchten.
    .example = 0170 1234567

choice-addressee-woman = Frau
choice-addressee-man = Herr
choice-addressee-neutral = Neutral (Guten Tag bzw. Hallo)
choice-channel-email = E-Mail
choice-channel-linkedin = LinkedIn-Nachricht
choice-channel-wechat = WeChat-Nachricht
