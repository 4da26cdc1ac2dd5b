# source_hash: f59dac7e22928169
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

    Diesen Schritt habe ich mir gründlich überlegt. Falls die Stelle noch nicht besetzt ist, würde ich mich sehr über die Gelegenheit freuen, noch einmal mit Ihnen darüber zu sprechen. Mein Interesse an { $company } ist ernst gemeint, und meine Entscheidung steht diesmal fest.

    Mir ist bewusst, dass meine Absage für Sie eine Enttäuschung war. Wenn die Position bereits vergeben ist oder Sie sich anders entschieden haben, habe ich dafür volles Verständnis. Eine kurze Antwort genügt mir völlig.

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
field-declined_on = Datum Ihrer Absage
    .hint = Wann Sie das Angebot abgelehnt haben.
    .example = 3. November 2026
field-change = Was sich geändert hat
    .hint = Zwei, drei ehrliche Sätze: warum Sie damals abgesagt haben und was sich seitdem geändert hat.
    .example = Damals hatten mich vor allem Bedenken wegen des Umzugs zögern lassen. Inzwischen haben wir das in der Familie ausführlich besprochen und eine gute Lösung gefunden, und mir ist klar geworden, wie gut die Aufgabe zu mir passt.
field-sender_name = Ihr Name
    .hint = Vor- und Nachname, so wie Sie unterschreiben.
    .example = Julia Becker

choice-addressee-woman = Frau
choice-addressee-man = Herr
choice-addressee-neutral = Neutral (Guten Tag)
