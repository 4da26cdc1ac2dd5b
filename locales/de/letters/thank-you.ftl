# source_hash: 44aa4d9be887b7aa
title = Dankesnachricht nach der Absage
slug = dankesnachricht
description = Für eine kurze Dankesnachricht einige Tage nach Ihrer Absage – per E-Mail oder als Nachricht auf LinkedIn oder WeChat. Sie bedanken sich für Zeit und Interesse, würdigen die Gespräche und bieten an, in Kontakt zu bleiben. Oft genügt auch eine Kontaktanfrage mit einem Satz Dank.
subject = Danke für die Gespräche zur Position als { $position }
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

    Sie kennen meine Entscheidung bereits. Trotzdem möchte ich mich noch einmal herzlich bei Ihnen bedanken: für Ihr Interesse, Ihre Zeit und die offenen Gespräche rund um die Position als { $position } bei { $company }. { $highlight }

    Auch wenn es diesmal nicht zu einer Zusammenarbeit kommt, nehme ich aus dem Auswahlverfahren viel mit, nicht zuletzt einen sehr guten Eindruck von Ihrem Team.

    { $channel ->
        [linkedin] Ich würde mich freuen, wenn wir hier auf LinkedIn in Verbindung bleiben. Vielleicht kreuzen sich unsere Wege ja wieder.
        [wechat] Ich würde mich freuen, wenn wir hier auf WeChat in Verbindung bleiben. Vielleicht kreuzen sich unsere Wege ja wieder.
       *[email] Ich würde mich freuen, wenn wir in Kontakt bleiben, gern auch über LinkedIn. Vielleicht kreuzen sich unsere Wege ja wieder.
    }

    Für die Zukunft wünsche ich Ihnen und Ihren Kolleginnen und Kollegen alles Gute.

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
field-highlight = Was Ihnen gefallen hat
    .hint = Ein oder zwei ganze Sätze darüber, was Sie im Verfahren besonders geschätzt haben; leer lassen geht auch.
    .example = Besonders das Gespräch mit Ihrem Entwicklungsteam und der Einblick in Ihr aktuelles Projekt sind mir in Erinnerung geblieben.
field-channel = Versandweg
    .hint = Per E-Mail oder als Nachricht auf LinkedIn oder WeChat – danach richten sich Anrede, Schlusssatz und Gruß.
field-sender_name = Ihr Name
    .hint = Vor- und Nachname, so wie Sie unterschreiben.
    .example = Julia Becker

choice-addressee-woman = Frau
choice-addressee-man = Herr
choice-addressee-neutral = Neutral (Guten Tag bzw. Hallo)
choice-channel-email = E-Mail
choice-channel-linkedin = LinkedIn-Nachricht
choice-channel-wechat = WeChat-Nachricht
