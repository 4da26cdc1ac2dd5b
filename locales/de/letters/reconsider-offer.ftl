# source_hash: e773156f1633c11c
title = Um eine zweite Chance bitten
slug = angebot-doch-annehmen
description = Für den Fall, dass Sie ein Angebot abgelehnt haben und es inzwischen bereuen. Die E-Mail erklärt offen, was sich geändert hat, fragt nach, ob die Stelle noch frei ist, und macht es dem Unternehmen leicht, Nein zu sagen. Schlafen Sie vor dem Absenden eine Nacht darüber.
subject = Position als { $position }: Darf ich noch einmal auf Sie zukommen?
body =
    { $addressee ->
        [woman] Sehr geehrte Frau { $contact },
        [man] Sehr geehrter Herr { $contact },
       *[neutral] Guten Tag { $contact },
    }

    am { $declined_on } habe ich Ihr Angebot für die Position als { $position } abgelehnt. Heute schreibe ich Ihnen, weil ich diese Entscheidung inzwischen bereue, und ich möchte Ihnen offen sagen, warum.

    { $change }

    Diesen Schritt habe ich mir gründlich überlegt. Falls die Stelle noch nicht besetzt ist, würde ich sie gern zu den Bedingungen Ihres damaligen Angebots antreten. Mein Interesse an { $company } ist ernst gemeint, und meine Entscheidung steht diesmal fest. Für ein Gespräch stehe ich jederzeit zur Verfügung, gern auch kurzfristig am Telefon.

    Mir ist bewusst, dass meine Absage für Sie eine Enttäuschung war. Wenn die Position bereits vergeben ist oder Sie sich anders entschieden haben, habe ich dafür volles Verständnis. Eine kurze Antwort genügt mir völlig.

    Mit freundlichen Grüßen
    { $sender_name }
    { $phone }

field-contact = Ansprechperson
    .hint = Bei Frau oder Herr den Nachnamen, gegebenenfalls mit Titel (z. B. Dr. Schneider); bei neutraler Anrede Vor- und Nachnamen.
    .example = Schneider
field-addressee = Anrede
    .hint = Bestimmt die Begrüßungszeile des Briefs.
field-position = Position
    .hint = Die Stellenbezeichnung so, wie sie nach dem Wort „als“ stehen würde.
    .example = Projektmanagerin
field-company = Unternehmen
    .hint = Name des Unternehmens, am besten ohne Rechtsform und Artikel.
    .example = Nordlicht Software
field-declined_on = Datum Ihrer Absage
    .hint = Wann Sie das Angebot abgelehnt haben.
    .example = 3. November 2026
field-change = Was sich geändert hat
    .hint = Zwei, drei ehrliche Sätze: warum Sie damals abgesagt haben und was sich seitdem geändert hat.
    .example = Damals hatten mich vor allem Bedenken wegen des Umzugs zögern lassen. Inzwischen haben wir das in der Familie ausführlich besprochen und eine gute Lösung gefunden, und mir ist klar geworden, wie gut die Aufgabe zu mir passt.
field-sender_name = Ihr Name
    .hint = Vor- und Nachname, so wie Sie unterschreiben.
    .example = Julia Becker
field-phone = Telefonnummer
    .hint = Steht in einer eigenen Zeile unter Ihrem Namen, damit man Sie zurückrufen kann. Leer lassen, wenn Sie keine angeben möchten.
    .example = 0170 1234567

choice-addressee-woman = Frau
choice-addressee-man = Herr
choice-addressee-neutral = Neutral (Guten Tag)
