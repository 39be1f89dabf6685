<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddFromPageDialog</name>
    <message>
        <source>Add from Web Page</source>
        <translation>Von Webseite hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <source>https://example.org/gallery/</source>
        <translation>https://example.org/galerie/</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Read the page with the same headers, cookies, login and proxy as downloads</source>
        <translation>Die Seite mit denselben Headern, Cookies, Anmeldedaten und demselben Proxy wie Downloads lesen</translation>
    </message>
    <message>
        <source>&amp;Images only</source>
        <translation>Nur &amp;Bilder</translation>
    </message>
    <message>
        <source>E&amp;xtensions:</source>
        <translation>&amp;Endungen:</translation>
    </message>
    <message>
        <source>Only files ending in these, separated by commas: jpg, png</source>
        <translation>Nur Dateien mit diesen Endungen, durch Kommas getrennt: jpg, png</translation>
    </message>
    <message>
        <source>&amp;Minimum size:</source>
        <translation>M&amp;indestgröße:</translation>
    </message>
    <message>
        <source>Hide files smaller than this. A file whose size the server does not name stays listed.</source>
        <translation>Kleinere Dateien ausblenden. Eine Datei, deren Größe der Server nicht nennt, bleibt in der Liste.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Unit of the minimum size</source>
        <translation>Einheit der Mindestgröße</translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Text in the address or the description</source>
        <translation>Text in der Adresse oder der Beschreibung</translation>
    </message>
    <message>
        <source>Links and images on the page</source>
        <translation>Links und Bilder auf der Seite</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>In&amp;vert Selection</source>
        <translation>Auswahl &amp;umkehren</translation>
    </message>
</context>
<context>
    <name>AddUrlsDialog</name>
    <message>
        <source>Add URLs</source>
        <translation>URLs hinzufügen</translation>
    </message>
    <message>
        <source>https://example.org/photos/image-001.jpg</source>
        <translation>https://example.org/fotos/bild-001.jpg</translation>
    </message>
    <message>
        <source>No URLs found yet</source>
        <translation>Noch keine URLs gefunden</translation>
    </message>
    <message>
        <source>Rejected lines</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Paste or type links, one per line. Lines starting with # are comments; HTML is read for its links. Checksum lines (“HEX  name”, as sha256sum writes them) are checked against the files of the same name.</source>
        <translation>Links einfügen oder eingeben, einer pro Zeile. Zeilen, die mit # beginnen, sind Kommentare; aus HTML werden die Links gelesen. Prüfsummenzeilen („HEX  Name“, wie sha256sum sie schreibt) werden mit den Dateien gleichen Namens abgeglichen.</translation>
    </message>
    <message>
        <source>E&amp;xpand patterns</source>
        <translation>Muster a&amp;uflösen</translation>
    </message>
    <message>
        <source>Read [001-045], [a-z], [0-100:5] and {jpg,png} in a URL as ranges and sets, as curl does. Untick for URLs that really contain brackets or braces.</source>
        <translation>[001-045], [a-z], [0-100:5] und {jpg,png} in einer URL als Bereiche und Mengen lesen, wie curl es tut. Für URLs, die wirklich eckige oder geschweifte Klammern enthalten, abwählen.</translation>
    </message>
    <message>
        <source>&amp;Name files:</source>
        <translation>Dateien &amp;benennen:</translation>
    </message>
    <message>
        <source>from the URL, or e.g. photo_#1.jpg</source>
        <translation>nach der URL, oder z. B. foto_#1.jpg</translation>
    </message>
    <message>
        <source>A file name for each URL a pattern gives: #1 is the value of the URL&apos;s first pattern, #2 of the second.</source>
        <translation>Ein Dateiname für jede URL, die ein Muster ergibt: #1 ist der Wert des ersten Musters der URL, #2 der des zweiten.</translation>
    </message>
</context>
<context>
    <name>DaemonSettings</name>
    <message>
        <source>Give the daemon&apos;s address as host:port, such as 192.168.1.5:6800.</source>
        <translation>Geben Sie die Adresse des Daemons als Host:Port an, etwa 192.168.1.5:6800.</translation>
    </message>
    <message>
        <source>The address is host:port only: give the secret and the folder in their own fields.</source>
        <translation>Die Adresse ist nur Host:Port: Geheimnis und Ordner gehören in ihre eigenen Felder.</translation>
    </message>
    <message>
        <source>The folder on the daemon must be a full path, such as /srv/downloads.</source>
        <translation>Der Ordner auf dem Daemon muss ein vollständiger Pfad sein, etwa /srv/downloads.</translation>
    </message>
    <message>
        <source>The address cannot be used: %1</source>
        <translation>Die Adresse ist nicht verwendbar: %1</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Aria2Engine</name>
    <message>
        <source>A run is already in progress.</source>
        <translation>Es läuft bereits ein Durchlauf.</translation>
    </message>
    <message>
        <source>Nothing to download.</source>
        <translation>Nichts herunterzuladen.</translation>
    </message>
    <message>
        <source>No aria2 daemon given.</source>
        <translation>Kein aria2-Daemon angegeben.</translation>
    </message>
    <message>
        <source>%1 had not answered when the run ended</source>
        <translation>%1 hatte bis zum Ende des Durchlaufs nicht geantwortet</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>ausgelassen: %1</translation>
    </message>
    <message>
        <source>no aria2 daemon could take the run: %1</source>
        <translation>kein aria2-Daemon konnte den Durchlauf übernehmen: %1</translation>
    </message>
    <message>
        <source>%1 no longer knows the download: %2</source>
        <translation>%1 kennt den Download nicht mehr: %2</translation>
    </message>
    <message>
        <source>removed on %1</source>
        <translation>auf %1 entfernt</translation>
    </message>
    <message>
        <source>engine %1 went away: %2</source>
        <translation>Engine %1 ist weggefallen: %2</translation>
    </message>
    <message>
        <source>went away: %1</source>
        <translation>weggefallen: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Aria2Options</name>
    <message>
        <source>out= must be a plain file name, without folders or a leading dot</source>
        <translation>out= muss ein einfacher Dateiname sein, ohne Ordner und ohne führenden Punkt</translation>
    </message>
    <message>
        <source>dir= must be a folder inside the destination: relative, without &apos;..&apos;</source>
        <translation>dir= muss ein Ordner im Zielordner sein: relativ, ohne &apos;..&apos;</translation>
    </message>
    <message>
        <source>checksum=: %1</source>
        <translation>checksum=: %1</translation>
    </message>
    <message>
        <source>referer= has no value</source>
        <translation>referer= hat keinen Wert</translation>
    </message>
    <message>
        <source>%1= must be &apos;Name: value&apos;</source>
        <translation>%1= muss &apos;Name: Wert&apos; sein</translation>
    </message>
    <message>
        <source>unknown aria2 option &apos;%1&apos;, ignored</source>
        <translation>unbekannte aria2-Option &apos;%1&apos;, ignoriert</translation>
    </message>
</context>
<context>
    <name>Fetchpool::AtomicFile</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Fetchpool::AuthChallenge</name>
    <message>
        <source>%1 refused the login (401)</source>
        <translation>%1 hat die Anmeldung abgelehnt (401)</translation>
    </message>
    <message>
        <source>%1 refused the login for &quot;%2&quot; (401)</source>
        <translation>%1 hat die Anmeldung für &quot;%2&quot; abgelehnt (401)</translation>
    </message>
    <message>
        <source>%1 asks for a login (401); none was given</source>
        <translation>%1 verlangt eine Anmeldung (401); keine wurde angegeben</translation>
    </message>
    <message>
        <source>%1 asks for a login for &quot;%2&quot; (401); none was given</source>
        <translation>%1 verlangt eine Anmeldung für &quot;%2&quot; (401); keine wurde angegeben</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Checksum</name>
    <message>
        <source>unknown checksum type (use sha-256, sha-1 or md5)</source>
        <translation>unbekannte Prüfsummenart (sha-256, sha-1 oder md5 verwenden)</translation>
    </message>
    <message>
        <source>the %1 digest is not hexadecimal</source>
        <translation>die %1-Prüfsumme ist nicht hexadezimal</translation>
    </message>
    <message>
        <source>a %1 digest has %2 hex digits, not %3</source>
        <extracomment>%1 the algorithm (&quot;sha-256&quot;), %2 the number of hex digits it needs, %3 the number given</extracomment>
        <translation>eine %1-Prüfsumme hat %2 Hex-Ziffern, nicht %3</translation>
    </message>
    <message>
        <source>expected TYPE=HEX, such as sha-256=&lt;64 hex digits&gt;</source>
        <translation>erwartet ART=HEX, etwa sha-256=&lt;64 Hex-Ziffern&gt;</translation>
    </message>
</context>
<context>
    <name>Fetchpool::ChecksumCheck</name>
    <message>
        <source>%1 checksum mismatch: expected %2, got %3</source>
        <extracomment>%1 the algorithm (&quot;sha-256&quot;), %2 the expected hex digest, %3 the digest of the received file</extracomment>
        <translation>%1-Prüfsumme stimmt nicht: erwartet %2, erhalten %3</translation>
    </message>
</context>
<context>
    <name>Fetchpool::ChecksumFile</name>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large for a checksum file</source>
        <translation>&apos;%1&apos; ist zu groß für eine Prüfsummendatei</translation>
    </message>
</context>
<context>
    <name>Fetchpool::ContentCheck</name>
    <message>
        <source>content is %1, but the name ends in .%2 (%3)</source>
        <translation>Inhalt ist %1, aber der Name endet auf .%2 (%3)</translation>
    </message>
    <message>
        <source>content is %1, but the server said %2</source>
        <translation>Inhalt ist %1, aber der Server meldete %2</translation>
    </message>
</context>
<context>
    <name>Fetchpool::CookieJar</name>
    <message>
        <source>cannot read the cookie file %1: %2</source>
        <translation>die Cookie-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>a cookie line has 7 fields separated by tabs, this one has %1</source>
        <translation>eine Cookie-Zeile hat 7 durch Tabulatoren getrennte Felder, diese hat %1</translation>
    </message>
    <message>
        <source>the second and fourth fields must be TRUE or FALSE</source>
        <translation>das zweite und vierte Feld müssen TRUE oder FALSE sein</translation>
    </message>
    <message>
        <source>the expiry time &quot;%1&quot; is not a number of seconds</source>
        <translation>die Ablaufzeit &quot;%1&quot; ist keine Zahl von Sekunden</translation>
    </message>
    <message>
        <source>a cookie needs a domain, a path starting with / and a name</source>
        <translation>ein Cookie braucht eine Domain, einen Pfad, der mit / beginnt, und einen Namen</translation>
    </message>
    <message>
        <source>a cookie&apos;s name and value cannot contain &apos;;&apos;</source>
        <translation>Name und Wert eines Cookies dürfen kein &apos;;&apos; enthalten</translation>
    </message>
</context>
<context>
    <name>Fetchpool::CurlErrors</name>
    <message>
        <source>Host %1 not found (%2)</source>
        <translation>Host %1 nicht gefunden (%2)</translation>
    </message>
    <message>
        <source>proxy not found: %1</source>
        <translation>Proxy nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Connection refused (%1)</source>
        <translation>Verbindung abgelehnt (%1)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2</source>
        <translation>TLS mit %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection without a response</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>%1 closed the connection before the body was complete</source>
        <translation>%1 hat die Verbindung geschlossen, bevor der Inhalt vollständig war</translation>
    </message>
    <message>
        <source>connection to %1 broke: %2</source>
        <translation>Verbindung zu %1 abgerissen: %2</translation>
    </message>
    <message>
        <source>proxy failed for %1: %2</source>
        <translation>Proxy für %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>bad response from %1: %2</source>
        <translation>fehlerhafte Antwort von %1: %2</translation>
    </message>
    <message>
        <source>cannot fetch %1: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>Fetchpool::DownloadEngine</name>
    <message>
        <source>No destination folder chosen.</source>
        <translation>Es ist kein Zielordner gewählt.</translation>
    </message>
    <message>
        <source>Destination folder &apos;%1&apos; does not exist.</source>
        <translation>Der Zielordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Destination &apos;%1&apos; is not a folder.</source>
        <translation>Das Ziel „%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write to destination folder &apos;%1&apos;: %2</source>
        <translation>In den Zielordner „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A run is already in progress.</source>
        <translation>Es läuft bereits ein Durchlauf.</translation>
    </message>
    <message>
        <source>There is nothing to download.</source>
        <translation>Es gibt nichts herunterzuladen.</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>vor dem Start abgebrochen</translation>
    </message>
    <message>
        <source>Cannot read CA certificate file &apos;%1&apos;: %2</source>
        <translation>Die CA-Zertifikatsdatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>CA certificate file &apos;%1&apos; holds no PEM certificate</source>
        <translation>Die CA-Zertifikatsdatei „%1“ enthält kein PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Fetcher</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 bytes; the next run continues from %3</source>
        <translation>angehalten nach %1 von %2 Bytes; der nächste Durchlauf setzt bei %3 fort</translation>
    </message>
    <message>
        <source>Host %1 not found (%2): .invalid names never resolve</source>
        <translation>Host %1 nicht gefunden (%2): Namen unter .invalid werden nie aufgelöst</translation>
    </message>
    <message>
        <source>%1, after %2 attempts in %3</source>
        <extracomment>%1 is the last attempt&apos;s reason, %2 the number of attempts (2 or more), %3 a duration such as &quot;2 min 04 s&quot;.</extracomment>
        <translation>%1, nach %2 Versuchen in %3</translation>
    </message>
</context>
<context>
    <name>Fetchpool::FileNamer</name>
    <message>
        <source>cannot create &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>no free file name for &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>kein freier Dateiname für „%1“ in „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a part file of &apos;%2&apos;</source>
        <translation>„%1“ ist keine Teildatei von „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already in use by another download</source>
        <translation>„%1“ wird bereits von einem anderen Download verwendet</translation>
    </message>
    <message>
        <source>cannot continue &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot rename &apos;%1&apos; to &apos;%2&apos;: %3</source>
        <translation>„%1“ kann nicht in „%2“ umbenannt werden: %3</translation>
    </message>
    <message>
        <source>no free file name for &apos;%1&apos;</source>
        <translation>kein freier Dateiname für „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file of &apos;%2&apos; that a download may replace</source>
        <translation>„%1“ ist keine Datei von „%2“, die ein Download ersetzen darf</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file: it is not replaced</source>
        <translation>„%1“ ist keine reguläre Datei: sie wird nicht ersetzt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer a regular file: it is not replaced</source>
        <translation>„%1“ ist keine reguläre Datei mehr: sie wird nicht ersetzt</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::AboutDialog</name>
    <message>
        <source>Fetchpool %1</source>
        <translation>Fetchpool %1</translation>
    </message>
    <message>
        <source>Downloads a list of URLs into a folder, one at a time or with a pool of workers, and shows how much time the pool saves.</source>
        <translation>Lädt eine Liste von URLs in einen Ordner herunter, eine nach der anderen oder mit einem Pool von Workern, und zeigt, wie viel Zeit der Pool spart.</translation>
    </message>
    <message>
        <source>Homepage: %1</source>
        <translation>Webseite: %1</translation>
    </message>
    <message>
        <source>Running on Qt %1 and %2.</source>
        <translation>Läuft mit Qt %1 und %2.</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Danksagungen</translation>
    </message>
    <message>
        <source>Qt: The Qt Company Ltd., under the GNU LGPL version 3 or the GNU GPL version 2.</source>
        <translation>Qt: The Qt Company Ltd., unter der GNU LGPL Version 3 oder der GNU GPL Version 2.</translation>
    </message>
    <message>
        <source>libcurl: Daniel Stenberg and contributors, under the curl license (MIT style).</source>
        <translation>libcurl: Daniel Stenberg und Mitwirkende, unter der curl-Lizenz (im Stil der MIT-Lizenz).</translation>
    </message>
    <message>
        <source>OpenSSL: The OpenSSL Project Authors, under the Apache License 2.0.</source>
        <translation>OpenSSL: The OpenSSL Project Authors, unter der Apache License 2.0.</translation>
    </message>
    <message>
        <source>Icons: Fetchpool&apos;s own; where the desktop&apos;s icon theme has an icon of the same name, the theme&apos;s is shown.</source>
        <translation>Symbole: Fetchpools eigene; hat das Symbol-Design der Arbeitsumgebung ein Symbol gleichen Namens, wird das des Designs angezeigt.</translation>
    </message>
    <message>
        <source>About Fetchpool</source>
        <translation>Über Fetchpool</translation>
    </message>
    <message>
        <source>Fetchpool is free software under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.</source>
        <translation>Fetchpool ist freie Software unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version. Sie wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::AddFromPageDialog</name>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Enter the address of a web page and choose Fetch.</source>
        <translation>Die Adresse einer Webseite eingeben und „Laden“ wählen.</translation>
    </message>
    <message>
        <source>Not a web address: %1</source>
        <translation>Keine Webadresse: %1</translation>
    </message>
    <message>
        <source>Reading the page…</source>
        <translation>Die Seite wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) and image(s) found on %1</source>
        <translation>
            <numerusform>%n Link oder Bild auf %1 gefunden</numerusform>
            <numerusform>%n Links und Bilder auf %1 gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A&amp;dd %n</source>
        <translation>
            <numerusform>%n &amp;hinzufügen</numerusform>
            <numerusform>%n &amp;hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::AddUrlsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>No URLs found</source>
        <translation>Keine URLs gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) found</source>
        <translation>
            <numerusform>%n URL gefunden</numerusform>
            <numerusform>%n URLs gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the list</source>
        <translation>
            <numerusform>, %n bereits in der Liste</numerusform>
            <numerusform>, %n bereits in der Liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n repeated</source>
        <translation>
            <numerusform>, %n wiederholt</numerusform>
            <numerusform>, %n wiederholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected:</source>
        <translation>
            <numerusform>%n Zeile abgelehnt:</numerusform>
            <numerusform>%n Zeilen abgelehnt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the links…</source>
        <translation>Die Links werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>, %n checksum(s)</source>
        <translation>
            <numerusform>, %n Prüfsumme</numerusform>
            <numerusform>, %n Prüfsummen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n option line(s) ignored:</source>
        <translation>
            <numerusform>%n Optionszeile ignoriert:</numerusform>
            <numerusform>%n Optionszeilen ignoriert:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n without a scheme, taken as https://</source>
        <translation>
            <numerusform>; %n ohne Schema, als https:// genommen</numerusform>
            <numerusform>; %n ohne Schema, als https:// genommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %Ln URL(s), %2</source>
        <translation>
            <numerusform>Zeile %1: %Ln URL, %2</numerusform>
            <numerusform>Zeile %1: %Ln URLs, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %Ln URL(s), more than %L2, so Add asks first: %3</source>
        <translation>
            <numerusform>Zeile %1: %Ln URL, mehr als %L2, daher fragt Hinzufügen zuerst: %3</numerusform>
            <numerusform>Zeile %1: %Ln URLs, mehr als %L2, daher fragt Hinzufügen zuerst: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more pattern(s)</source>
        <translation>
            <numerusform>und %n weiteres Muster</numerusform>
            <numerusform>und %n weitere Muster</numerusform>
        </translation>
    </message>
    <message>
        <source>Add URLs</source>
        <translation>URLs hinzufügen</translation>
    </message>
    <message>
        <source>The pattern on line %1 stands for %L2 URLs.</source>
        <translation>Das Muster in Zeile %1 steht für %L2 URLs.</translation>
    </message>
    <message numerus="yes">
        <source>%n patterns stand for more than %L1 URLs each; the largest, on line %2, for %L3.</source>
        <translation>
            <numerusform>%n Muster steht für mehr als %L1 URLs; das größte, in Zeile %2, für %L3.</numerusform>
            <numerusform>%n Muster stehen für jeweils mehr als %L1 URLs; das größte, in Zeile %2, für %L3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every URL becomes a row in the list. Add them all?</source>
        <translation>Jede URL wird eine Zeile der Liste. Alle hinzufügen?</translation>
    </message>
    <message>
        <source>Add &amp;All</source>
        <translation>&amp;Alle hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected (for URLs with [ ] or { } of their own, untick Expand patterns):</source>
        <translation>
            <numerusform>%n Zeile abgelehnt (für URLs mit eigenen [ ] oder { } „Muster auflösen“ abwählen):</numerusform>
            <numerusform>%n Zeilen abgelehnt (für URLs mit eigenen [ ] oder { } „Muster auflösen“ abwählen):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::ClipboardWatcher</name>
    <message>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::CloseGuard</name>
    <message>
        <source>Stopping keeps the partial files that can be continued; the next Start continues them. A remembered answer can be changed in Preferences.</source>
        <translation>Beim Anhalten bleiben die Teildateien erhalten, die sich fortsetzen lassen; der nächste Start setzt sie fort. Eine gemerkte Antwort lässt sich in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation>&amp;Nicht mehr fragen</translation>
    </message>
    <message>
        <source>Downloads in Progress</source>
        <translation>Downloads laufen</translation>
    </message>
    <message>
        <source>Fetchpool is still downloading. Stop the downloads and quit, or keep downloading in the system tray?</source>
        <translation>Fetchpool lädt noch herunter. Die Downloads anhalten und beenden oder im Systemabschnitt der Kontrollleiste weiter herunterladen?</translation>
    </message>
    <message>
        <source>Fetchpool is still downloading. Stop the downloads and quit, or keep downloading with the window minimized?</source>
        <translation>Fetchpool lädt noch herunter. Die Downloads anhalten und beenden oder bei minimiertem Fenster weiter herunterladen?</translation>
    </message>
    <message>
        <source>&amp;Stop and Quit</source>
        <translation>&amp;Anhalten und beenden</translation>
    </message>
    <message>
        <source>&amp;Keep Downloading in the Tray</source>
        <translation>Im &amp;Systemabschnitt weiter herunterladen</translation>
    </message>
    <message>
        <source>&amp;Keep Downloading</source>
        <translation>&amp;Weiter herunterladen</translation>
    </message>
    <message>
        <source>Quit Fetchpool</source>
        <translation>Fetchpool beenden</translation>
    </message>
    <message>
        <source>Fetchpool is still downloading. Stop the downloads and quit?</source>
        <translation>Fetchpool lädt noch herunter. Die Downloads anhalten und beenden?</translation>
    </message>
    <message>
        <source>Fetchpool keeps downloading</source>
        <translation>Fetchpool lädt weiter herunter</translation>
    </message>
    <message>
        <source>The downloads go on in the background. Click the icon to show the window; its menu pauses the downloads or quits.</source>
        <translation>Die Downloads laufen im Hintergrund weiter. Ein Klick auf das Symbol zeigt das Fenster; sein Menü pausiert die Downloads oder beendet Fetchpool.</translation>
    </message>
    <message>
        <source>Downloading goes on with the window minimized.</source>
        <translation>Das Herunterladen läuft bei minimiertem Fenster weiter.</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::ComparisonText</name>
    <message>
        <source>Run the list in Sequential and in Parallel to compare.</source>
        <translation>Die Liste zum Vergleich in „Nacheinander“ und in „Parallel“ durchlaufen lassen.</translation>
    </message>
    <message>
        <source>Run the list in Sequential too to compare.</source>
        <translation>Die Liste zum Vergleich auch in „Nacheinander“ durchlaufen lassen.</translation>
    </message>
    <message>
        <source>Run the list in Parallel too to compare.</source>
        <translation>Die Liste zum Vergleich auch in „Parallel“ durchlaufen lassen.</translation>
    </message>
    <message>
        <source>Not compared: no item succeeded in both runs.</source>
        <translation>Nicht verglichen: Kein Eintrag war in beiden Durchläufen erfolgreich.</translation>
    </message>
    <message numerus="yes">
        <source>Compared on all %n item(s).</source>
        <translation>
            <numerusform>Verglichen an %n Eintrag.</numerusform>
            <numerusform>Verglichen an allen %n Einträgen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from a kept part</source>
        <translation>
            <numerusform>%n aus einer behaltenen Teildatei fortgesetzt</numerusform>
            <numerusform>%n aus behaltenen Teildateien fortgesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared on %1 of %n item(s); %2.</source>
        <translation>
            <numerusform>Verglichen an %1 von %n Eintrag; %2.</numerusform>
            <numerusform>Verglichen an %1 von %n Einträgen; %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Last run was partial (%1 of %n item(s)): not compared.</source>
        <translation>
            <numerusform>Der letzte Durchlauf war unvollständig (%1 von %n Eintrag): nicht verglichen.</numerusform>
            <numerusform>Der letzte Durchlauf war unvollständig (%1 von %n Einträgen): nicht verglichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last run left %n existing file(s) as they were: not compared.</source>
        <translation>
            <numerusform>Der letzte Durchlauf hat %n vorhandene Datei unverändert gelassen: nicht verglichen.</numerusform>
            <numerusform>Der letzte Durchlauf hat %n vorhandene Dateien unverändert gelassen: nicht verglichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::DaemonCheck</name>
    <message>
        <source>Wrong secret: the daemon refused it. Give its --rpc-secret.</source>
        <translation>Falsches Geheimnis: Der Daemon hat es abgelehnt. Geben Sie sein --rpc-secret an.</translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>Not an aria2 daemon that can be used: %1</source>
        <translation>Kein verwendbarer aria2-Daemon: %1</translation>
    </message>
    <message>
        <source>aria2 %1, download slots: %2</source>
        <extracomment>%1 is aria2&apos;s version, such as 1.36.0; %2 its max-concurrent-downloads.</extracomment>
        <translation>aria2 %1, Download-Plätze: %2</translation>
    </message>
    <message>
        <source>Untrusted certificate: %1. Pin the daemon&apos;s own certificate above to accept it.</source>
        <extracomment>%1 is the TLS library&apos;s reason, such as &quot;The certificate is self-signed, and untrusted&quot;.</extracomment>
        <translation>Nicht vertrauenswürdiges Zertifikat: %1. Fixieren Sie oben das eigene Zertifikat des Daemons, um es anzunehmen.</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::DemoSession</name>
    <message>
        <source>Load the Demo Batch</source>
        <translation>Demo-Stapel laden</translation>
    </message>
    <message>
        <source>The demo batch replaces the list on screen until Fetchpool is restarted.
Your list is saved as it is and comes back on the next start.</source>
        <translation>Der Demo-Stapel ersetzt die angezeigte Liste, bis Fetchpool neu gestartet wird.
Ihre Liste wird unverändert gespeichert und ist beim nächsten Start wieder da.</translation>
    </message>
    <message>
        <source>Cannot create a scratch folder for the demo: %1</source>
        <translation>Der Arbeitsordner für die Demo kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot start the demo server on the loopback interface.</source>
        <translation>Der Demo-Server kann auf der Loopback-Schnittstelle nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Cannot create the demo folder %1.</source>
        <translation>Der Demo-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::DestinationButton</name>
    <message>
        <source>Downloads are saved to %1
Click to choose another folder</source>
        <translation>Downloads werden in %1 gespeichert
Klicken, um einen anderen Ordner zu wählen</translation>
    </message>
    <message>
        <source>Save Downloads To</source>
        <translation>Downloads speichern in</translation>
    </message>
    <message>
        <source>&amp;Save to %1</source>
        <translation>&amp;Speichern in %1</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::DownloadColumns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>First Byte</source>
        <translation>Erstes Byte</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Time from the start of the run until a worker took the item</source>
        <translation>Zeit vom Start des Durchlaufs, bis ein Worker den Eintrag übernahm</translation>
    </message>
    <message>
        <source>Time from the request until the response headers arrived</source>
        <translation>Zeit von der Anfrage bis zum Eintreffen der Antwort-Header</translation>
    </message>
    <message>
        <source>Time from the response headers until the last byte</source>
        <translation>Zeit von den Antwort-Headern bis zum letzten Byte</translation>
    </message>
    <message>
        <source>Body bytes per second while receiving</source>
        <translation>Empfangene Inhaltsbytes pro Sekunde</translation>
    </message>
    <message>
        <source>Requests made, retries included</source>
        <translation>Gestellte Anfragen, Wiederholungen eingeschlossen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::DownloadListView</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::DropHighlight</name>
    <message>
        <source>Drop links, link lists or web pages to add them</source>
        <translation>Links, Linklisten oder Webseiten hier ablegen, um sie hinzuzufügen</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::EngineChoice</name>
    <message>
        <source>E&amp;ngine</source>
        <translation>Eng&amp;ine</translation>
    </message>
    <message>
        <source>Where the next run downloads: on this computer, or on aria2 daemons (Edit → Preferences → Engines)</source>
        <translation>Wo der nächste Durchlauf herunterlädt: auf diesem Computer oder auf aria2-Daemons (Bearbeiten → Einstellungen → Engines)</translation>
    </message>
    <message>
        <source>This Computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>All Daemons</source>
        <translation>Alle Daemons</translation>
    </message>
    <message>
        <source>The aria2 daemon &quot;%1&quot; cannot be used: %2 Change it in Edit → Preferences → Engines.</source>
        <extracomment>%1 is the daemon&apos;s name, %2 why its settings cannot be used.</extracomment>
        <translation>Der aria2-Daemon „%1“ ist nicht verwendbar: %2 Ändern Sie ihn unter Bearbeiten → Einstellungen → Engines.</translation>
    </message>
    <message>
        <source>This Computer and All Daemons</source>
        <translation>Dieser Computer und alle Daemons</translation>
    </message>
    <message>
        <source>This Computer and %1</source>
        <extracomment>%1 is the one daemon&apos;s name, as in the entry above.</extracomment>
        <translation>Dieser Computer und %1</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::EnginesPage</name>
    <message>
        <source>aria2 daemon %1</source>
        <extracomment>The name a new daemon gets until the user gives another; %1 counts.</extracomment>
        <translation>aria2-Daemon %1</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1 …</translation>
    </message>
    <message>
        <source>Give each aria2 daemon a name.</source>
        <translation>Geben Sie jedem aria2-Daemon einen Namen.</translation>
    </message>
    <message>
        <source>Two aria2 daemons are called &quot;%1&quot;: give each a name of its own.</source>
        <translation>Zwei aria2-Daemons heißen „%1“: Geben Sie jedem einen eigenen Namen.</translation>
    </message>
    <message>
        <source>Unencrypted Connection</source>
        <translation>Unverschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is not on this computer, and without TLS its secret and the address of every download cross the network unencrypted.</source>
        <translation>„%1“ (%2) ist nicht auf diesem Computer, und ohne TLS gehen sein Geheimnis und die Adresse jedes Downloads unverschlüsselt über das Netz.</translation>
    </message>
    <message>
        <source>Anyone on the way can read them, and with the secret control the daemon. Start aria2 with --rpc-secure and tick Use TLS to avoid this.</source>
        <translation>Jeder auf dem Weg kann sie lesen und mit dem Geheimnis den Daemon steuern. Starten Sie aria2 mit --rpc-secure und kreuzen Sie „TLS verwenden“ an, um das zu vermeiden.</translation>
    </message>
    <message>
        <source>Use Plain Text</source>
        <translation>Unverschlüsselt verwenden</translation>
    </message>
    <message>
        <source>The Daemon&apos;s Certificate</source>
        <translation>Zertifikat des Daemons</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::ExistingFilesMenu</name>
    <message>
        <source>When a File &amp;Exists</source>
        <translation>Wenn eine Datei &amp;existiert</translation>
    </message>
    <message>
        <source>&amp;Rename New Copy</source>
        <translation>Neue Kopie &amp;umbenennen</translation>
    </message>
    <message>
        <source>Save the new download beside the file, as &quot;name (1).ext&quot;</source>
        <translation>Den neuen Download neben der Datei speichern, als „name (1).ext“</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Leave the file as it is and download nothing</source>
        <translation>Die Datei lassen, wie sie ist, und nichts herunterladen</translation>
    </message>
    <message>
        <source>&amp;Update if Newer</source>
        <translation>&amp;Aktualisieren, wenn neuer</translation>
    </message>
    <message>
        <source>Ask the server whether the file changed; replace it only with a complete newer copy</source>
        <translation>Den Server fragen, ob sich die Datei geändert hat; sie nur durch eine vollständige neuere Kopie ersetzen</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::FollowActive</name>
    <message>
        <source>Stopped following the active items: View → Follow Active turns it on again</source>
        <translation>Den aktiven Einträgen wird nicht mehr gefolgt: Ansicht → Aktiven Einträgen folgen schaltet es wieder ein</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::GalleryModel</name>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::GalleryView</name>
    <message>
        <source>Thumbnail size</source>
        <translation>Größe der Vorschaubilder</translation>
    </message>
    <message>
        <source>No downloaded images yet</source>
        <translation>Noch keine heruntergeladenen Bilder</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Si&amp;ze</source>
        <translation>&amp;Größe</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::IntakeCommands</name>
    <message>
        <source>dropped links</source>
        <translation>abgelegte Links</translation>
    </message>
    <message>
        <source>The clipboard holds no text or links.</source>
        <translation>Die Zwischenablage enthält keinen Text und keine Links.</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Open Link Lists</source>
        <translation>Linklisten öffnen</translation>
    </message>
    <message>
        <source>Link lists and checksums (*.txt *.list *.html *.htm *.url *.desktop SHA256SUMS SHA1SUMS MD5SUMS *.sha256 *.sha1 *.md5);;All files (*)</source>
        <translation>Linklisten und Prüfsummen (*.txt *.list *.html *.htm *.url *.desktop SHA256SUMS SHA1SUMS MD5SUMS *.sha256 *.sha1 *.md5);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::ItemDetailsArea</name>
    <message>
        <source>Item &amp;Details</source>
        <translation>&amp;Details zum Eintrag</translation>
    </message>
    <message>
        <source>Show the selected item&apos;s URLs, file, times and every attempt under the list</source>
        <translation>URLs, Datei, Zeiten und jeden Versuch des ausgewählten Eintrags unter der Liste zeigen</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::ItemDetailsPane</name>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>After redirects:</source>
        <translation>Nach Weiterleitungen:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Zeiten:</translation>
    </message>
    <message>
        <source>Select an item in the list to see its details here.</source>
        <translation>Einen Eintrag in der Liste auswählen, um hier seine Details zu sehen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>The item&apos;s name and its status in full.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Checksum:</source>
        <translation>Prüfsumme:</translation>
    </message>
    <message>
        <source>Links came from:</source>
        <translation>Links stammen von:</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::ItemDetailsText</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>continued from %1</source>
        <translation>fortgesetzt ab %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A column&apos;s title and its value: &quot;First Byte 15 ms&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message numerus="yes">
        <source>Begins in %n s</source>
        <translation>
            <numerusform>Beginnt in %n s</numerusform>
            <numerusform>Beginnt in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Läuft</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s); no details were kept.</source>
        <translation>
            <numerusform>%n Versuch; es wurden keine Details aufbewahrt.</numerusform>
            <numerusform>%n Versuche; es wurden keine Details aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (kept to resume) · %2</source>
        <extracomment>%1 is the file&apos;s path, %2 a link to the folder that holds it.</extracomment>
        <translation>%1 (zum Fortsetzen behalten) · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>%1 · verified</source>
        <extracomment>%1 is the digest, such as &quot;SHA-256 9f86d081…&quot;</extracomment>
        <translation>%1 · geprüft</translation>
    </message>
    <message>
        <source>%1 · the file did not match</source>
        <translation>%1 · die Datei passte nicht</translation>
    </message>
    <message>
        <source>%1 · checked when the file is complete</source>
        <translation>%1 · wird geprüft, sobald die Datei vollständig ist</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::ListExporter</name>
    <message>
        <source>Plain list, one URL per line (*.txt)</source>
        <translation>Einfache Liste, eine URL pro Zeile (*.txt)</translation>
    </message>
    <message>
        <source>aria2 input file, with names and checksums (*.aria2)</source>
        <translation>aria2-Eingabedatei, mit Namen und Prüfsummen (*.aria2)</translation>
    </message>
    <message>
        <source>HTML page of links (*.html)</source>
        <translation>HTML-Seite mit Links (*.html)</translation>
    </message>
    <message>
        <source>Export &amp;List</source>
        <translation>&amp;Liste exportieren</translation>
    </message>
    <message>
        <source>&amp;All Items…</source>
        <translation>&amp;Alle Einträge…</translation>
    </message>
    <message>
        <source>&amp;Selected Items…</source>
        <translation>A&amp;usgewählte Einträge…</translation>
    </message>
    <message>
        <source>&amp;Failed Items…</source>
        <translation>&amp;Fehlgeschlagene Einträge…</translation>
    </message>
    <message>
        <source>A list is still being written.</source>
        <translation>Eine Liste wird noch geschrieben.</translation>
    </message>
    <message>
        <source>There are no such items to export.</source>
        <translation>Es gibt keine solchen Einträge zum Exportieren.</translation>
    </message>
    <message>
        <source>failed-downloads.txt</source>
        <translation>fehlgeschlagene-downloads.txt</translation>
    </message>
    <message>
        <source>download-list.txt</source>
        <translation>download-liste.txt</translation>
    </message>
    <message>
        <source>Export List</source>
        <translation>Liste exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert</numerusform>
            <numerusform>%n Einträge nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::ListFilterBar</name>
    <message>
        <source>&amp;All (%L1)</source>
        <translation>All&amp;e (%L1)</translation>
    </message>
    <message>
        <source>A&amp;ctive (%L1)</source>
        <translation>A&amp;ktiv (%L1)</translation>
    </message>
    <message>
        <source>Fai&amp;led (%L1)</source>
        <translation>&amp;Fehlgeschlagen (%L1)</translation>
    </message>
    <message>
        <source>&amp;Done (%L1)</source>
        <translation>Fe&amp;rtig (%L1)</translation>
    </message>
    <message>
        <source>Show every item</source>
        <translation>Jeden Eintrag zeigen</translation>
    </message>
    <message>
        <source>Show the items being downloaded right now</source>
        <translation>Die Einträge zeigen, die gerade heruntergeladen werden</translation>
    </message>
    <message>
        <source>Show the failed and cancelled items: what Retry Failed takes</source>
        <translation>Die fehlgeschlagenen und abgebrochenen Einträge zeigen: die, die „Fehlschläge wiederholen“ übernimmt</translation>
    </message>
    <message>
        <source>Show the downloaded items</source>
        <translation>Die heruntergeladenen Einträge zeigen</translation>
    </message>
    <message>
        <source>Filter by name or URL</source>
        <translation>Nach Name oder URL filtern</translation>
    </message>
    <message>
        <source>Show only the items whose name or URL contains this text (%1); Escape clears it</source>
        <translation>Nur die Einträge zeigen, deren Name oder URL diesen Text enthält (%1); Esc leert das Feld</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::ListStore</name>
    <message>
        <source>Cannot read the saved list &apos;%1&apos;: %2</source>
        <translation>Die gespeicherte Liste „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A copy was kept as &apos;%1&apos;.</source>
        <translation>Eine Kopie wurde als „%1“ aufbewahrt.</translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos; for the saved list.</source>
        <translation>Der Ordner „%1“ für die gespeicherte Liste kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot save the list to &apos;%1&apos;: %2</source>
        <translation>Die Liste kann nicht in „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The saved list is damaged: %1</source>
        <translation>Die gespeicherte Liste ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The saved list is not a Fetchpool list.</source>
        <translation>Die gespeicherte Liste ist keine Fetchpool-Liste.</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::ListSummary</name>
    <message>
        <source>List empty</source>
        <translation>Liste leer</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 done</source>
        <translation> · %1 fertig</translation>
    </message>
    <message>
        <source> · %1 failed</source>
        <translation> · %1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::ListViewDefaults</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No downloads yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Paste links with Ctrl+V, drop link lists or web pages here,&lt;br&gt;or use &lt;i&gt;Add URLs…&lt;/i&gt; in the toolbar.&lt;/p&gt;&lt;p&gt;New to Fetchpool? &lt;i&gt;Help → Load Demo Batch&lt;/i&gt; lists 100 images from a built-in local server: press Start in Sequential, then in Parallel.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Downloads&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Links mit Strg+V einfügen, Linklisten oder Webseiten hier ablegen&lt;br&gt;oder &lt;i&gt;URLs hinzufügen…&lt;/i&gt; in der Werkzeugleiste verwenden.&lt;/p&gt;&lt;p&gt;Neu bei Fetchpool? &lt;i&gt;Hilfe → Demo-Stapel laden&lt;/i&gt; listet 100 Bilder von einem eingebauten lokalen Server: erst in „Nacheinander“, dann in „Parallel“ auf Start drücken.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No items match the filter&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose &lt;i&gt;All&lt;/i&gt; above the list or clear the text to see every item.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keine Einträge passen zum Filter&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;Alle&lt;/i&gt; über der Liste wählen oder den Text löschen, um jeden Eintrag zu sehen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::LoginPrompt</name>
    <message>
        <source>The password for %1 on %2 was not accepted. Enter it again, or another login.</source>
        <translation>Das Passwort für %1 auf %2 wurde nicht angenommen. Geben Sie es erneut ein oder eine andere Anmeldung.</translation>
    </message>
    <message>
        <source>The login sent to %1 was not accepted. Enter another one.</source>
        <translation>Die an %1 gesendete Anmeldung wurde nicht angenommen. Geben Sie eine andere ein.</translation>
    </message>
    <message>
        <source>%1 asks for a user name and password, and none was given.</source>
        <translation>%1 verlangt einen Benutzernamen und ein Passwort, und es wurde keins angegeben.</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Anmelden</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be downloaded again with this login.</source>
        <translation>
            <numerusform>%n Eintrag wird mit dieser Anmeldung erneut heruntergeladen.</numerusform>
            <numerusform>%n Einträge werden mit dieser Anmeldung erneut heruntergeladen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::MainWindow</name>
    <message numerus="yes">
        <source>%n item(s) left to download from the last session: press Start to continue</source>
        <translation>
            <numerusform>%n Eintrag aus der letzten Sitzung ist noch herunterzuladen: zum Fortsetzen auf Start drücken</numerusform>
            <numerusform>%n Einträge aus der letzten Sitzung sind noch herunterzuladen: zum Fortsetzen auf Start drücken</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Load the Demo</source>
        <translation>Demo kann nicht geladen werden</translation>
    </message>
    <message>
        <source>Fetchpool — Demo Batch</source>
        <translation>Fetchpool — Demo-Stapel</translation>
    </message>
    <message>
        <source>Demo batch loaded: press Start in Sequential, then in Parallel</source>
        <translation>Demo-Stapel geladen: erst in „Nacheinander“, dann in „Parallel“ auf Start drücken</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Bericht in %1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot Export the Report</source>
        <translation>Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Preparing the demo images: measure again in a moment.</source>
        <translation>Die Demo-Bilder werden vorbereitet: gleich noch einmal messen.</translation>
    </message>
    <message>
        <source>A report is still being written.</source>
        <translation>Ein Bericht wird noch geschrieben.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Cannot Export the List</source>
        <translation>Liste kann nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::NewLinksBar</name>
    <message>
        <source>Add to L&amp;ist</source>
        <translation>Zur Lis&amp;te hinzufügen</translation>
    </message>
    <message>
        <source>Sh&amp;ow…</source>
        <translation>Pr&amp;üfen…</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Add the copied links to the list, as Paste would</source>
        <translation>Die kopierten Links der Liste hinzufügen, wie Einfügen es täte</translation>
    </message>
    <message>
        <source>See the copied links in Add URLs… before adding them</source>
        <translation>Die kopierten Links vor dem Hinzufügen in „URLs hinzufügen…“ ansehen</translation>
    </message>
    <message>
        <source>Forget these links; they are not offered again</source>
        <translation>Diese Links vergessen; sie werden nicht wieder angeboten</translation>
    </message>
    <message numerus="yes">
        <source>%n new link(s) copied</source>
        <translation>
            <numerusform>%n neuer Link kopiert</numerusform>
            <numerusform>%n neue Links kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::PageLinkModel</name>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::PreferencesDialog</name>
    <message>
        <source>Certificate Authorities to Trust</source>
        <translation>Zusätzlich vertrauenswürdige Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Ask what to do</source>
        <translation>Nachfragen, was geschehen soll</translation>
    </message>
    <message>
        <source>Stop the downloads and quit</source>
        <translation>Die Downloads anhalten und beenden</translation>
    </message>
    <message>
        <source>Keep downloading in the system tray</source>
        <translation>Im Systemabschnitt der Kontrollleiste weiter herunterladen</translation>
    </message>
    <message>
        <source>Keep downloading with the window minimized</source>
        <translation>Bei minimiertem Fenster weiter herunterladen</translation>
    </message>
    <message>
        <source>Save the new one as &quot;name (1).ext&quot;</source>
        <translation>Die neue als &quot;Name (1).ext&quot; speichern</translation>
    </message>
    <message>
        <source>Skip it and download nothing</source>
        <translation>Überspringen und nichts herunterladen</translation>
    </message>
    <message>
        <source>Replace it only with a newer copy</source>
        <translation>Nur durch eine neuere Fassung ersetzen</translation>
    </message>
    <message>
        <source>Choose a folder to save downloads into.</source>
        <translation>Wählen Sie einen Ordner für die Downloads.</translation>
    </message>
    <message>
        <source>The folder needs a full path, such as %1.</source>
        <translation>Der Ordner braucht einen vollständigen Pfad, etwa %1.</translation>
    </message>
    <message>
        <source>Save Downloads To</source>
        <translation>Downloads speichern in</translation>
    </message>
    <message>
        <source>As the environment says (http_proxy, https_proxy)</source>
        <translation>Wie die Umgebung sagt (http_proxy, https_proxy)</translation>
    </message>
    <message>
        <source>None: always connect directly</source>
        <translation>Keiner: immer direkt verbinden</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <source>The Referer must be a full URL, such as https://example.org/gallery.html.</source>
        <translation>Der Referer muss eine vollständige URL sein, etwa https://example.org/gallery.html.</translation>
    </message>
    <message>
        <source>Extra headers, line %1: &quot;%2&quot; is not &quot;Name: value&quot;.</source>
        <extracomment>%1 is a line number, %2 the text on it.</extracomment>
        <translation>Zusätzliche Header, Zeile %1: &quot;%2&quot; ist nicht &quot;Name: Wert&quot;.</translation>
    </message>
    <message>
        <source>Cookies to Send</source>
        <translation>Zu sendende Cookies</translation>
    </message>
    <message>
        <source>Cookie files (*.txt);;All files (*)</source>
        <translation>Cookie-Dateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Leave the login out of the proxy address: give it as the proxy user and password below.</source>
        <translation>Lassen Sie die Anmeldung aus der Proxy-Adresse weg: Geben Sie sie unten als Proxy-Benutzer und -Passwort an.</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::PreferencesFlow</name>
    <message>
        <source>The new settings apply from the next run; the speed limit already applies.</source>
        <translation>Die neuen Einstellungen gelten ab dem nächsten Durchlauf; die Geschwindigkeitsbegrenzung gilt schon jetzt.</translation>
    </message>
    <message>
        <source>Downloads go without cookies: %1</source>
        <translation>Downloads laufen ohne Cookies: %1</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::QueueCommands</name>
    <message numerus="yes">
        <source>%n item(s) paused: Resume continues them</source>
        <translation>
            <numerusform>%n Eintrag angehalten: Fortsetzen setzt ihn fort</numerusform>
            <numerusform>%n Einträge angehalten: Fortsetzen setzt sie fort</numerusform>
        </translation>
    </message>
    <message>
        <source>Sorted by a column, the list does not show the download order: click the sorted column&apos;s header until its arrow goes to move items</source>
        <translation>Nach einer Spalte sortiert zeigt die Liste nicht die Download-Reihenfolge: Klicken Sie auf den Kopf der sortierten Spalte, bis ihr Pfeil verschwindet, um Einträge zu verschieben</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::RejectsButton</name>
    <message numerus="yes">
        <source>Show the %n line(s) the last addition could not use</source>
        <translation>
            <numerusform>Die %n Zeile zeigen, die beim letzten Hinzufügen unbrauchbar war</numerusform>
            <numerusform>Die %n Zeilen zeigen, die beim letzten Hinzufügen unbrauchbar waren</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;jected Lines…</source>
        <translation>Abgelehnte &amp;Zeilen…</translation>
    </message>
    <message>
        <source>I&amp;gnored Options…</source>
        <translation>Übergangene &amp;Optionen…</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n option line(s) the last addition read but did not follow</source>
        <translation>
            <numerusform>Die %n Optionszeile zeigen, die die letzte Hinzufügung gelesen, aber nicht befolgt hat</numerusform>
            <numerusform>Die %n Optionszeilen zeigen, die die letzte Hinzufügung gelesen, aber nicht befolgt hat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::RejectsDialog</name>
    <message>
        <source>Rejected Lines</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) did not give a usable http or https URL:</source>
        <translation>
            <numerusform>%n Zeile ergab keine brauchbare http- oder https-URL:</numerusform>
            <numerusform>%n Zeilen ergaben keine brauchbare http- oder https-URL:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::RejectsView</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::RemoteRunView</name>
    <message>
        <source>Retry on T&amp;his Computer</source>
        <translation>Auf diesem &amp;Computer wiederholen</translation>
    </message>
    <message>
        <source>Download here the items that failed because no aria2 daemon was left to take them</source>
        <translation>Die Einträge hier herunterladen, die fehlschlugen, weil kein aria2-Daemon mehr übrig war</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>A daemon of the run was left out or went away; %1 names it (never its secret) and says why.</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Times on aria2 daemons are polled every %1 ms, not measured at the worker: each may be late by up to that much.</source>
        <translation>Zeiten auf aria2-Daemons werden alle %1 ms abgefragt, nicht beim Worker gemessen: Jede kann um bis zu so viel zu spät sein.</translation>
    </message>
    <message>
        <source>%1: files done %2, %3, %4</source>
        <extracomment>%1 is the daemon&apos;s address, %2 how many files it completed, %3 their size, %4 the rate.</extracomment>
        <translation>%1: fertige Dateien %2, %3, %4</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed because no aria2 daemon was left to take them.</source>
        <translation>
            <numerusform>%n Eintrag schlug fehl, weil kein aria2-Daemon mehr übrig war.</numerusform>
            <numerusform>%n Einträge schlugen fehl, weil kein aria2-Daemon mehr übrig war.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Run → Retry on This Computer downloads them here.</source>
        <translation>%1 Durchlauf → Auf diesem Computer wiederholen lädt sie hier herunter.</translation>
    </message>
    <message>
        <source>No aria2 Daemon Left</source>
        <translation>Kein aria2-Daemon mehr übrig</translation>
    </message>
    <message>
        <source>Download them on this computer instead? Nothing else is downloaded again.</source>
        <translation>Stattdessen auf diesem Computer herunterladen? Sonst wird nichts erneut heruntergeladen.</translation>
    </message>
    <message>
        <source>Retry on This Computer</source>
        <translation>Auf diesem Computer wiederholen</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>This computer (workers: %1): files done %2, %3, %4</source>
        <extracomment>%1 is this computer&apos;s worker count, %2 how many files it completed, %3 their size, %4 the rate.</extracomment>
        <translation>Dieser Computer (Worker: %1): fertige Dateien %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::ReportFileDialog</name>
    <message>
        <source>CSV, one row per item (*.csv)</source>
        <translation>CSV, eine Zeile pro Eintrag (*.csv)</translation>
    </message>
    <message>
        <source>JSON, the run and every item (*.json)</source>
        <translation>JSON, der Durchlauf und jeder Eintrag (*.json)</translation>
    </message>
    <message>
        <source>Markdown summary (*.md)</source>
        <translation>Markdown-Zusammenfassung (*.md)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::RunAgainQuestion</name>
    <message>
        <source>Run the List Again</source>
        <translation>Liste erneut ausführen</translation>
    </message>
    <message numerus="yes">
        <source>Every item has finished. What should happen to the %n file(s) already in the folder?</source>
        <translation>
            <numerusform>Alle Einträge sind fertig. Was soll mit der %n Datei geschehen, die schon im Ordner liegt?</numerusform>
            <numerusform>Alle Einträge sind fertig. Was soll mit den %n Dateien geschehen, die schon im Ordner liegen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip leaves them as they are. Update asks the server and replaces a file only with a complete newer copy. Download Again saves new copies beside them in %1.</source>
        <translation>Überspringen lässt sie, wie sie sind. Aktualisieren fragt den Server und ersetzt eine Datei nur durch eine vollständige neuere Kopie. Erneut herunterladen speichert neue Kopien daneben in %1.</translation>
    </message>
    <message>
        <source>&amp;Skip Existing</source>
        <translation>Vorhandene ü&amp;berspringen</translation>
    </message>
    <message>
        <source>&amp;Update if Newer</source>
        <translation>&amp;Aktualisieren, wenn neuer</translation>
    </message>
    <message>
        <source>Download &amp;Again</source>
        <translation>&amp;Erneut herunterladen</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::RunCommands</name>
    <message>
        <source>Cannot Start</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <source>Worker counts are being measured: wait for the measurement to end or cancel it.</source>
        <translation>Die Worker-Anzahlen werden gerade gemessen: das Ende der Messung abwarten oder sie abbrechen.</translation>
    </message>
    <message>
        <source>Preparing the demo images…</source>
        <translation>Die Demo-Bilder werden vorbereitet…</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s) one at a time…</source>
        <translation>
            <numerusform>%n Eintrag wird heruntergeladen, einer nach dem anderen…</numerusform>
            <numerusform>%n Einträge werden heruntergeladen, einer nach dem anderen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s) with %1 workers…</source>
        <translation>
            <numerusform>%n Eintrag wird mit %1 Workern heruntergeladen…</numerusform>
            <numerusform>%n Einträge werden mit %1 Workern heruntergeladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Retry</source>
        <translation>Erneuter Versuch nicht möglich</translation>
    </message>
    <message>
        <source>Run finished in %1: %2 of %3 done</source>
        <translation>Durchlauf nach %1 beendet: %2 von %3 fertig</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n abgebrochen</numerusform>
            <numerusform>, %n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>The files to replace are in different folders. Retry the items of one folder at a time.</source>
        <translation>Die zu ersetzenden Dateien liegen in verschiedenen Ordnern. Die Einträge Ordner für Ordner wiederholen.</translation>
    </message>
    <message>
        <source>Retry Finished Items</source>
        <translation>Fertige Einträge wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>Download %n finished file(s) again and replace them?</source>
        <translation>
            <numerusform>%n fertige Datei erneut herunterladen und ersetzen?</numerusform>
            <numerusform>%n fertige Dateien erneut herunterladen und ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>A file is replaced only once its new copy has arrived complete. If the download fails or is stopped, the file stays as it is.</source>
        <translation>Eine Datei wird erst ersetzt, wenn ihre neue Kopie vollständig angekommen ist. Schlägt der Download fehl oder wird er angehalten, bleibt die Datei, wie sie ist.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>%1. %n file(s) not replaced: the earlier copy is kept.</source>
        <translation>
            <numerusform>%1. %n Datei nicht ersetzt: die frühere Kopie bleibt erhalten.</numerusform>
            <numerusform>%1. %n Dateien nicht ersetzt: die früheren Kopien bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Resume</source>
        <translation>Fortsetzen nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) resumed: they join the run</source>
        <translation>
            <numerusform>%n Eintrag fortgesetzt: Er schließt sich dem Durchlauf an</numerusform>
            <numerusform>%n Einträge fortgesetzt: Sie schließen sich dem Durchlauf an</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n item(s)…</source>
        <translation>
            <numerusform>%n Eintrag wird fortgesetzt …</numerusform>
            <numerusform>%n Einträge werden fortgesetzt …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s) on aria2 daemons…</source>
        <translation>
            <numerusform>Lade %n Eintrag auf aria2-Daemons herunter …</numerusform>
            <numerusform>Lade %n Einträge auf aria2-Daemons herunter …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::RunController</name>
    <message>
        <source>A run is already in progress.</source>
        <translation>Es läuft bereits ein Durchlauf.</translation>
    </message>
    <message>
        <source>The list is empty: add URLs first.</source>
        <translation>Die Liste ist leer: zuerst URLs hinzufügen.</translation>
    </message>
    <message>
        <source>Every item is paused: resume them to download them.</source>
        <translation>Alle Einträge sind angehalten: Setzen Sie sie fort, um sie herunterzuladen.</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::RunMode</name>
    <message>
        <source>Downloads at the same time in Parallel (1–%1)</source>
        <translation>Gleichzeitige Downloads im Modus Parallel (1–%1)</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>&amp;Worker</translation>
    </message>
    <message>
        <source>On aria2 daemons, each daemon&apos;s own download slots decide how many files download at once</source>
        <translation>Auf aria2-Daemons entscheiden die Download-Plätze jedes Daemons, wie viele Dateien gleichzeitig geladen werden</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::RunNotifier</name>
    <message numerus="yes">
        <source>%1 of %n done in %2</source>
        <translation>
            <numerusform>%1 von %n erledigt in %2</numerusform>
            <numerusform>%1 von %n erledigt in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n abgebrochen</numerusform>
            <numerusform>, %n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloads finished with failures</source>
        <translation>Downloads mit Fehlern beendet</translation>
    </message>
    <message>
        <source>Downloads finished</source>
        <translation>Downloads beendet</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::RunProgressBar</name>
    <message>
        <source>Run progress</source>
        <translation>Fortschritt des Durchlaufs</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n fertig</numerusform>
            <numerusform>%n fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n übrig</numerusform>
            <numerusform>%n übrig</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Noch kein Durchlauf</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::RunToolTip</name>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 von %n fertig</numerusform>
            <numerusform>%1 von %n fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetchpool — %1</source>
        <translation>Fetchpool — %1</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::SegmentToolTip</name>
    <message numerus="yes">
        <source>Fetched in %n segment(s):</source>
        <extracomment>The heading of a row&apos;s tooltip for a file fetched in segments; %n is how many.</extracomment>
        <translation>
            <numerusform>In %n Segment geladen:</numerusform>
            <numerusform>In %n Segmenten geladen:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 by worker %3: %4 %</source>
        <extracomment>One segment of a file: %1 and %2 are byte positions (&quot;1.5 MiB&quot;), %3 the worker&apos;s number, %4 a percentage.</extracomment>
        <translation>%1 bis %2 von Worker %3: %4 %</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::SingleInstance</name>
    <message>
        <source>Cannot lock &apos;%1&apos; to check for a running Fetchpool (lock error %2).</source>
        <translation>„%1“ kann nicht gesperrt werden, um nach einem laufenden Fetchpool zu sehen (Sperrfehler %2).</translation>
    </message>
    <message>
        <source>Cannot listen on &apos;%1&apos; for further launches: %2</source>
        <translation>Auf „%1“ kann nicht auf weitere Starts gewartet werden: %2</translation>
    </message>
    <message>
        <source>Fetchpool is already running but did not take the arguments: %1</source>
        <translation>Fetchpool läuft bereits, hat die Argumente aber nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Fetchpool is already running but did not answer: %1</source>
        <translation>Fetchpool läuft bereits, hat aber nicht geantwortet: %1</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::SizeText</name>
    <message>
        <source>%1/s</source>
        <extracomment>A transfer rate: %1 is a size such as &quot;2.00 MiB&quot;.</extracomment>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::SpeedLimitButton</name>
    <message>
        <source>Speed limit</source>
        <translation>Geschwindigkeitsbegrenzung</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Speed limit of all downloads together: %1. Click to change it, also during a run.</source>
        <translation>Geschwindigkeitsbegrenzung aller Downloads zusammen: %1. Klicken, um sie zu ändern, auch während eines Durchlaufs.</translation>
    </message>
    <message>
        <source>No speed limit. Click to limit the speed of all downloads together, also during a run.</source>
        <translation>Keine Geschwindigkeitsbegrenzung. Klicken, um die Geschwindigkeit aller Downloads zusammen zu begrenzen, auch während eines Durchlaufs.</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::SpeedLimitChoices</name>
    <message>
        <source>&amp;Unlimited</source>
        <translation>&amp;Unbegrenzt</translation>
    </message>
    <message>
        <source>&amp;Custom…</source>
        <translation>&amp;Benutzerdefiniert …</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A speed limit; %1 is an amount of data such as &quot;2 MiB&quot;.</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>&amp;Custom (%1)…</source>
        <translation>&amp;Benutzerdefiniert (%1) …</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::SpeedLimitDialog</name>
    <message>
        <source>Custom Speed Limit</source>
        <translation>Benutzerdefinierte Geschwindigkeitsbegrenzung</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <source>Speed limit</source>
        <translation>Geschwindigkeitsbegrenzung</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Grenze:</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::StatusCell</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Done: content mismatch</source>
        <translation>Fertig: Inhalt passt nicht</translation>
    </message>
    <message>
        <source>Stopped, %1 kept to resume</source>
        <translation>Angehalten, %1 zum Fortsetzen behalten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Done, but the content does not match: %1 (the server said %2, the bytes are %3)</source>
        <translation>Fertig, aber der Inhalt passt nicht: %1 (der Server meldete %2, die Bytes sind %3)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>of an unknown type</source>
        <translation>unbekannten Typs</translation>
    </message>
    <message numerus="yes">
        <source>%1 (HTTP %2, %n attempt(s))</source>
        <translation>
            <numerusform>%1 (HTTP %2, %n Versuch)</numerusform>
            <numerusform>%1 (HTTP %2, %n Versuche)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting… (attempt %1 of %2)</source>
        <translation>Verbinden… (Versuch %1 von %2)</translation>
    </message>
    <message>
        <source>Downloading (attempt %1 of %2)</source>
        <translation>Wird heruntergeladen (Versuch %1 von %2)</translation>
    </message>
    <message numerus="yes">
        <source>Done after %n attempts</source>
        <translation>
            <numerusform>Fertig nach %n Versuch</numerusform>
            <numerusform>Fertig nach %n Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying now (attempt %1 of %2)</source>
        <translation>Wird jetzt wiederholt (Versuch %1 von %2)</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s (attempt %1 of %2)</source>
        <translation>
            <numerusform>Wird in %n s wiederholt (Versuch %1 von %2)</numerusform>
            <numerusform>Wird in %n s wiederholt (Versuch %1 von %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying now (attempt %1 of %2): %3</source>
        <extracomment>%n is a whole number of seconds, %1 the next attempt, %2 the most there may be, %3 why the last one failed.</extracomment>
        <translation>Wird jetzt wiederholt (Versuch %1 von %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s (attempt %1 of %2): %3</source>
        <translation>
            <numerusform>Wird in %n s wiederholt (Versuch %1 von %2): %3</numerusform>
            <numerusform>Wird in %n s wiederholt (Versuch %1 von %2): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Skipped: file exists</source>
        <translation>Übersprungen: Datei vorhanden</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Paused at %1 % — continues where it stopped</source>
        <extracomment>%1 is a whole percentage such as 41</extracomment>
        <translation>Angehalten bei %1 % – setzt dort fort, wo er aufhörte</translation>
    </message>
    <message>
        <source>Paused at %1 — continues where it stopped</source>
        <extracomment>%1 is a size such as &quot;12.4 MB&quot;</extracomment>
        <translation>Angehalten bei %1 – setzt dort fort, wo er aufhörte</translation>
    </message>
    <message>
        <source>Paused — starts again from zero</source>
        <translation>Angehalten – beginnt wieder von vorn</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Speed limit for this item: %1</source>
        <extracomment>In a row&apos;s tooltip; %1 is a rate such as &quot;256 KiB/s&quot;.</extracomment>
        <translation>Geschwindigkeitsbegrenzung für diesen Eintrag: %1</translation>
    </message>
    <message>
        <source>checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message numerus="yes">
        <source>Done after %n attempts, %1 verified</source>
        <extracomment>%1 is a digest&apos;s name such as SHA-256: the file matched it</extracomment>
        <translation>
            <numerusform>Fertig nach %n Versuch, %1 geprüft</numerusform>
            <numerusform>Fertig nach %n Versuchen, %1 geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Done, %1 verified</source>
        <translation>Fertig, %1 geprüft</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::SweepDialog</name>
    <message>
        <source>Measure Worker Counts</source>
        <translation>Worker-Anzahlen messen</translation>
    </message>
    <message>
        <source>Fetches the list with 1, 2, 4 … workers, one run after the other, into a scratch folder that is removed afterwards, and shows how many workers this list is worth.</source>
        <translation>Lädt die Liste mit 1, 2, 4 … Workern herunter, einen Durchlauf nach dem anderen, in einen Arbeitsordner, der danach entfernt wird, und zeigt, wie viele Worker sich für diese Liste lohnen.</translation>
    </message>
    <message numerus="yes">
        <source> of %n URL(s)</source>
        <translation>
            <numerusform> von %n URL</numerusform>
            <numerusform> von %n URLs</numerusform>
        </translation>
    </message>
    <message>
        <source>Measure a random sample of this many URLs; all of them takes longest but is most faithful</source>
        <translation>Eine Zufallsstichprobe von so vielen URLs messen; alle zu messen dauert am längsten, ist aber am genauesten</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Messen</translation>
    </message>
    <message>
        <source>&amp;Cancel Measuring</source>
        <translation>Messung &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>&amp;Stichprobe:</translation>
    </message>
    <message>
        <source>&amp;Up to:</source>
        <translation>&amp;Bis zu:</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Ready to measure.</source>
        <translation>Bereit zum Messen.</translation>
    </message>
    <message>
        <source>Cannot measure: %1</source>
        <translation>Messen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>Step %1 of %2: %n worker(s)…</source>
        <translation>
            <numerusform>Schritt %1 von %2: %n Worker…</numerusform>
            <numerusform>Schritt %1 von %2: %n Worker…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step %1 of %2: %n worker(s) · %3 of %4 fetched · %5</source>
        <translation>
            <numerusform>Schritt %1 von %2: %n Worker · %3 von %4 geladen · %5</numerusform>
            <numerusform>Schritt %1 von %2: %n Worker · %3 von %4 geladen · %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Measuring stopped: %1</source>
        <translation>Messung gestoppt: %1</translation>
    </message>
    <message>
        <source>Cancelled; the scratch files are removed.</source>
        <translation>Abgebrochen; die Arbeitsdateien sind entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Measured %n URL(s) at %1 worker counts; the scratch files are removed.</source>
        <translation>
            <numerusform>%n URL mit %1 Worker-Anzahlen gemessen; die Arbeitsdateien sind entfernt.</numerusform>
            <numerusform>%n URLs mit %1 Worker-Anzahlen gemessen; die Arbeitsdateien sind entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;More workers do not help this list.&lt;/b&gt; No larger count was %1 % faster or more; the server or the connection is the limit.</source>
        <translation>&lt;b&gt;Mehr Worker helfen dieser Liste nicht.&lt;/b&gt; Keine größere Anzahl war %1 % oder mehr schneller; der Server oder die Verbindung ist die Grenze.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Recommended: %1 workers&lt;/b&gt;, %2× as fast as %n worker(s). The curve is still rising at %1: larger counts may be faster yet.</source>
        <translation>
            <numerusform>&lt;b&gt;Empfohlen: %1 Worker&lt;/b&gt;, %2× so schnell wie %n Worker. Die Kurve steigt bei %1 noch: größere Anzahlen könnten noch schneller sein.</numerusform>
            <numerusform>&lt;b&gt;Empfohlen: %1 Worker&lt;/b&gt;, %2× so schnell wie %n Worker. Die Kurve steigt bei %1 noch: größere Anzahlen könnten noch schneller sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Recommended: %1 workers&lt;/b&gt;, %2× as fast as %n worker(s). Beyond %1, more workers gain less than %3 %: they add threads, connections and server load for little time.</source>
        <translation>
            <numerusform>&lt;b&gt;Empfohlen: %1 Worker&lt;/b&gt;, %2× so schnell wie %n Worker. Über %1 hinaus bringen mehr Worker weniger als %3 %: sie kosten Threads, Verbindungen und Serverlast für wenig Zeitgewinn.</numerusform>
            <numerusform>&lt;b&gt;Empfohlen: %1 Worker&lt;/b&gt;, %2× so schnell wie %n Worker. Über %1 hinaus bringen mehr Worker weniger als %3 %: sie kosten Threads, Verbindungen und Serverlast für wenig Zeitgewinn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use %n Worker(s)</source>
        <translation>
            <numerusform>%n Worker verwenden</numerusform>
            <numerusform>%n Worker verwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel &amp;&amp; Close</source>
        <translation>Abbrechen &amp;&amp; Schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Every URL in the list failed there, so there is nothing to measure: retry them first.</source>
        <translation>Jede URL ist in der Liste fehlgeschlagen, also gibt es nichts zu messen: sie zuerst wiederholen.</translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) that failed in the list are left out: at every step they would only wait for their timeouts.</source>
        <translation>
            <numerusform>%n URL, die in der Liste fehlgeschlagen ist, wird ausgelassen: bei jedem Schritt würde sie nur auf ihr Zeitlimit warten.</numerusform>
            <numerusform>%n URLs, die in der Liste fehlgeschlagen sind, werden ausgelassen: bei jedem Schritt würden sie nur auf ihr Zeitlimit warten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step %1 of %2: %n worker(s) · %3 of %4 fetched · %5 of at most %6</source>
        <translation>
            <numerusform>Schritt %1 von %2: %n Worker · %3 von %4 geladen · %5 von höchstens %6</numerusform>
            <numerusform>Schritt %1 von %2: %n Worker · %3 von %4 geladen · %5 von höchstens %6</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting on %1 for %2</source>
        <translation>Wartet seit %2 auf %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Recommended: %1 workers&lt;/b&gt;, %2× as fast as %n worker(s). Larger counts did not fetch every URL in time, so they do not count.</source>
        <translation>
            <numerusform>&lt;b&gt;Empfohlen: %1 Worker&lt;/b&gt;, %2× so schnell wie %n Worker. Größere Anzahlen haben nicht jede URL rechtzeitig geladen und zählen daher nicht.</numerusform>
            <numerusform>&lt;b&gt;Empfohlen: %1 Worker&lt;/b&gt;, %2× so schnell wie %n Worker. Größere Anzahlen haben nicht jede URL rechtzeitig geladen und zählen daher nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the %n step(s) that completed.</source>
        <translation>
            <numerusform>Aus dem %n abgeschlossenen Schritt.</numerusform>
            <numerusform>Aus den %n abgeschlossenen Schritten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled during the first step: no step completed, so there is nothing to recommend from.</source>
        <translation>Im ersten Schritt abgebrochen: Es wurde kein Schritt abgeschlossen, also gibt es keine Grundlage für eine Empfehlung.</translation>
    </message>
    <message>
        <source>Only one worker count was measured completely: there is nothing to compare it with, so there is no recommendation.</source>
        <translation>Nur eine Worker-Anzahl wurde vollständig gemessen: Es gibt nichts zum Vergleichen und daher keine Empfehlung.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No recommendation:&lt;/b&gt; no step fetched every URL in time (%n step(s) timed out). A step with failures or a timeout measures something else.</source>
        <translation>
            <numerusform>&lt;b&gt;Keine Empfehlung:&lt;/b&gt; Kein Schritt hat jede URL rechtzeitig geladen (%n Schritt hat das Zeitlimit überschritten). Ein Schritt mit Fehlschlägen oder Zeitüberschreitung misst etwas anderes.</numerusform>
            <numerusform>&lt;b&gt;Keine Empfehlung:&lt;/b&gt; Kein Schritt hat jede URL rechtzeitig geladen (%n Schritte haben das Zeitlimit überschritten). Ein Schritt mit Fehlschlägen oder Zeitüberschreitung misst etwas anderes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No recommendation:&lt;/b&gt; no step fetched every URL, and a step with failures measures something else. Run the list once: Measure… then leaves out the URLs that failed.</source>
        <translation>&lt;b&gt;Keine Empfehlung:&lt;/b&gt; Kein Schritt hat jede URL geladen, und ein Schritt mit Fehlschlägen misst etwas anderes. Die Liste einmal durchlaufen lassen: Messen… lässt die fehlgeschlagenen URLs dann aus.</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::SweepLauncher</name>
    <message>
        <source>A run is going: stop it or let it finish before measuring.</source>
        <translation>Ein Durchlauf ist im Gang: ihn vor dem Messen anhalten oder zu Ende laufen lassen.</translation>
    </message>
    <message>
        <source>Parallel with %1 workers, as measured</source>
        <translation>Parallel mit %1 Workern, wie gemessen</translation>
    </message>
    <message>
        <source>Sequential, as measured</source>
        <translation>Nacheinander, wie gemessen</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::SweepPlot</name>
    <message>
        <source>Wall time and speed-up against the number of workers</source>
        <translation>Gesamtdauer und Beschleunigung über der Anzahl der Worker</translation>
    </message>
    <message>
        <source>Choose the largest worker count and press Measure.</source>
        <translation>Die größte Worker-Anzahl wählen und auf Messen drücken.</translation>
    </message>
    <message>
        <source>workers (doubling)</source>
        <translation>Worker (verdoppelt)</translation>
    </message>
    <message>
        <source>diminishing returns: %1</source>
        <translation>abnehmender Nutzen: %1</translation>
    </message>
    <message>
        <source>wall time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>speed-up</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <source>ideal</source>
        <translation>ideal</translation>
    </message>
    <message>
        <source>best: %1, still rising</source>
        <translation>am besten: %1, steigt noch</translation>
    </message>
    <message>
        <source>best that counts: %1</source>
        <translation>am besten unter den gewerteten: %1</translation>
    </message>
    <message>
        <source>best count, still rising</source>
        <translation>beste Anzahl, steigt noch</translation>
    </message>
    <message>
        <source>best count that fetched every URL</source>
        <translation>beste Anzahl, die jede URL geladen hat</translation>
    </message>
    <message>
        <source>diminishing returns</source>
        <translation>abnehmender Nutzen</translation>
    </message>
    <message>
        <source>not every URL fetched: not counted</source>
        <translation>nicht jede URL geladen: nicht gewertet</translation>
    </message>
    <message>
        <source>timed out: not counted</source>
        <translation>Zeitlimit überschritten: nicht gewertet</translation>
    </message>
    <message>
        <source>being measured</source>
        <translation>wird gemessen</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s): %1</source>
        <translation>
            <numerusform>%n Worker: %1</numerusform>
            <numerusform>%n Worker: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1× the speed of %n worker(s)</source>
        <translation>
            <numerusform>%1× so schnell wie %n Worker</numerusform>
            <numerusform>%1× so schnell wie %n Worker</numerusform>
        </translation>
    </message>
    <message>
        <source>Timed out after %1: not counted</source>
        <translation>Zeitlimit nach %1 überschritten: nicht gewertet</translation>
    </message>
    <message>
        <source>%1 of %2 URLs not fetched: not counted</source>
        <translation>%1 von %2 URLs nicht geladen: nicht gewertet</translation>
    </message>
    <message>
        <source>This step took far longer than the ones before it and was cut off.</source>
        <translation>Dieser Schritt dauerte weit länger als die vorherigen und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not every URL was fetched at this count, so its time measures something else.</source>
        <translation>Bei dieser Anzahl wurde nicht jede URL geladen, daher misst ihre Zeit etwas anderes.</translation>
    </message>
    <message>
        <source>The best count measured: the curve is still rising, larger counts may be faster yet.</source>
        <translation>Die beste gemessene Anzahl: Die Kurve steigt noch, größere Anzahlen könnten noch schneller sein.</translation>
    </message>
    <message>
        <source>The best count that fetched every URL: larger counts did not, in time.</source>
        <translation>Die beste Anzahl, die jede URL geladen hat: Größere Anzahlen haben das nicht rechtzeitig geschafft.</translation>
    </message>
    <message>
        <source>Diminishing returns: more workers gain less than %1 % from here.</source>
        <translation>Abnehmender Nutzen: Ab hier bringen mehr Worker weniger als %1 %.</translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Gesamtdauer</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::TaskbarProgress</name>
    <message>
        <source>%1% — %2</source>
        <translation>%1 % — %2</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::ThumbnailCache</name>
    <message>
        <source>%1 cannot be shown as an image: %2</source>
        <translation>%1 kann nicht als Bild angezeigt werden: %2</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Show every run as lanes of workers and bars of items, Sequential above Parallel</source>
        <translation>Jeden Durchlauf als Bahnen der Worker und Balken der Einträge zeigen, „Nacheinander“ über „Parallel“</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::TimelinePainter</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>waiting | receiving</source>
        <translation>wartet | empfängt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::TimelinePanel</name>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Show the whole time axis</source>
        <translation>Die ganze Zeitachse zeigen</translation>
    </message>
    <message>
        <source>Save the timeline as a PNG or SVG image</source>
        <translation>Die Zeitleiste als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <source>As PNG Image…</source>
        <translation>Als PNG-Bild…</translation>
    </message>
    <message>
        <source>As SVG Drawing…</source>
        <translation>Als SVG-Zeichnung…</translation>
    </message>
    <message>
        <source>Fetchpool run timeline</source>
        <translation>Fetchpool-Zeitleiste der Durchläufe</translation>
    </message>
    <message>
        <source>One lane per worker, one bar per item</source>
        <translation>Eine Bahn pro Worker, ein Balken pro Eintrag</translation>
    </message>
    <message>
        <source>Cannot write %1: the SVG drawing could not be started.</source>
        <translation>%1 kann nicht geschrieben werden: die SVG-Zeichnung konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PNG image could not be saved there.</source>
        <translation>%1 kann nicht geschrieben werden: das PNG-Bild konnte dort nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>Zoom out on the time axis (%1 or Ctrl+wheel)</source>
        <translation>Zeitachse verkleinern (%1 oder Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom in on the time axis (%1 or Ctrl+wheel)</source>
        <translation>Zeitachse vergrößern (%1 oder Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Fi&amp;t</source>
        <translation>Ein&amp;passen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::TimelineRecorder</name>
    <message>
        <source>Sequential · 1 worker</source>
        <translation>Nacheinander · 1 Worker</translation>
    </message>
    <message numerus="yes">
        <source>Parallel · %n worker(s)</source>
        <translation>
            <numerusform>Parallel · %n Worker</numerusform>
            <numerusform>Parallel · %n Worker</numerusform>
        </translation>
    </message>
    <message>
        <source> · running, %1</source>
        <translation> · läuft, %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n failed</source>
        <translation>
            <numerusform> · %n fehlgeschlagen</numerusform>
            <numerusform> · %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n cancelled</source>
        <translation>
            <numerusform> · %n abgebrochen</numerusform>
            <numerusform> · %n abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partial run: %1 of %n item(s)</source>
        <translation>
            <numerusform>Teildurchlauf: %1 von %n Eintrag</numerusform>
            <numerusform>Teildurchlauf: %1 von %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>aria2 daemons · download slots: %1</source>
        <translation>aria2-Daemons · Download-Plätze: %1</translation>
    </message>
    <message>
        <source>This computer and aria2 daemons · lanes: %1</source>
        <translation>Dieser Computer und aria2-Daemons · Bahnen: %1</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::TimelineToolTip</name>
    <message>
        <source>Item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>empfängt</translation>
    </message>
    <message>
        <source>waiting for the response</source>
        <translation>wartet auf die Antwort</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message numerus="yes">
        <source>done after %n attempt(s)</source>
        <translation>
            <numerusform>fertig nach %n Versuch</numerusform>
            <numerusform>fertig nach %n Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Queued → start</source>
        <translation>Warteschlange → Start</translation>
    </message>
    <message>
        <source>First byte after</source>
        <translation>Erstes Byte nach</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n Worker</numerusform>
            <numerusform>%n Worker</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped; the rest of its range was fetched again</source>
        <translation>abgebrochen; der Rest seines Bereichs wurde erneut geladen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Bytes of the file</source>
        <extracomment>A range of bytes in a file, such as &quot;128.0 MiB – 160.0 MiB&quot;.</extracomment>
        <translation>Bytes der Datei</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Begonnen bei</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Segment of %1</source>
        <translation>Segment von %1</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::TimelineView</name>
    <message>
        <source>No run yet. Press Start in Sequential, then in Parallel: both runs appear here, one above the other, on one time scale.</source>
        <translation>Noch kein Durchlauf. Erst in „Nacheinander“, dann in „Parallel“ auf Start drücken: beide Durchläufe erscheinen hier übereinander auf einer Zeitskala.</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::TimingPanel</name>
    <message>
        <source>Parallel</source>
        <translation>Parallel</translation>
    </message>
    <message>
        <source>Wall time of the current or last run, as measured by the engine</source>
        <translation>Gesamtdauer des laufenden oder letzten Durchlaufs, von der Engine gemessen</translation>
    </message>
    <message>
        <source>Requests open right now, next to the number of workers: a cap anywhere on the way shows up here</source>
        <translation>Gerade offene Anfragen neben der Anzahl der Worker: eine Begrenzung irgendwo auf dem Weg zeigt sich hier</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Dieser Durchlauf</translation>
    </message>
    <message>
        <source>Sequential vs Parallel, this list</source>
        <translation>Nacheinander gegen Parallel, diese Liste</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>Nacheinander</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Noch kein Durchlauf</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message numerus="yes">
        <source>In flight %1 of %n worker(s)</source>
        <translation>
            <numerusform>Unterwegs: %1 bei %n Worker</numerusform>
            <numerusform>Unterwegs: %1 bei %n Workern</numerusform>
        </translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht gelaufen</translation>
    </message>
    <message>
        <source>Parallel ×%1</source>
        <translation>Parallel ×%1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), Sequential</source>
        <translation>
            <numerusform>%n Eintrag, Nacheinander</numerusform>
            <numerusform>%n Einträge, Nacheinander</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), Parallel ×%1</source>
        <translation>
            <numerusform>%n Eintrag, Parallel ×%1</numerusform>
            <numerusform>%n Einträge, Parallel ×%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole run took %1; %2 of %n item(s) done.</source>
        <translation>
            <numerusform>Der ganze Durchlauf dauerte %1; %2 von %n Eintrag fertig.</numerusform>
            <numerusform>Der ganze Durchlauf dauerte %1; %2 von %n Einträgen fertig.</numerusform>
        </translation>
    </message>
    <message>
        <source>What each aria2 daemon downloaded in this run, over the run&apos;s wall time</source>
        <translation>Was jeder aria2-Daemon in diesem Durchlauf heruntergeladen hat, über die Gesamtdauer des Durchlaufs</translation>
    </message>
    <message>
        <source>On aria2 daemons, download slots: %1</source>
        <translation>Auf aria2-Daemons, Download-Plätze: %1</translation>
    </message>
    <message>
        <source>In flight %1, download slots: %2</source>
        <translation>Laufend %1, Download-Plätze: %2</translation>
    </message>
    <message>
        <source>On this computer and aria2 daemons, lanes: %1</source>
        <translation>Auf diesem Computer und aria2-Daemons, Bahnen: %1</translation>
    </message>
    <message>
        <source>In flight %1, lanes: %2</source>
        <translation>Laufend %1, Bahnen: %2</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::TrayIcon</name>
    <message>
        <source>&amp;Show Fetchpool</source>
        <translation>Fetchpool &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Pause All</source>
        <translation>Alle &amp;pausieren</translation>
    </message>
    <message>
        <source>Stop every download now. Partial files are kept where the server allows continuing them, and Resume continues them.</source>
        <translation>Alle Downloads sofort anhalten. Teildateien bleiben erhalten, wo der Server ihr Fortsetzen erlaubt, und „Fortsetzen“ setzt sie fort.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Start again, continuing the partial files Pause All kept.</source>
        <translation>Erneut starten und die Teildateien fortsetzen, die „Alle pausieren“ behalten hat.</translation>
    </message>
    <message>
        <source>&amp;Add New Links</source>
        <translation>Neue Links &amp;hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n new link(s) copied</source>
        <translation>
            <numerusform>%n neuer Link kopiert</numerusform>
            <numerusform>%n neue Links kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n New Link(s)</source>
        <translation>
            <numerusform>%n neuen Link &amp;hinzufügen</numerusform>
            <numerusform>%n neue Links &amp;hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::UrlIntake</name>
    <message>
        <source>not a list of links (%1)</source>
        <translation>keine Linkliste (%1)</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message numerus="yes">
        <source>Added %n URL(s)</source>
        <translation>
            <numerusform>%n URL hinzugefügt</numerusform>
            <numerusform>%n URLs hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>No URLs found</source>
        <translation>Keine URLs gefunden</translation>
    </message>
    <message numerus="yes">
        <source>, skipped %n already in the list</source>
        <translation>
            <numerusform>, %n bereits in der Liste übersprungen</numerusform>
            <numerusform>, %n bereits in der Liste übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n repeated</source>
        <translation>
            <numerusform>, %n wiederholt</numerusform>
            <numerusform>, %n wiederholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n line(s) rejected</source>
        <translation>
            <numerusform>, %n Zeile abgelehnt</numerusform>
            <numerusform>, %n Zeilen abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n checksum(s)</source>
        <translation>
            <numerusform>%n Prüfsumme gelesen</numerusform>
            <numerusform>%n Prüfsummen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with a checksum to verify</source>
        <translation>
            <numerusform>, %n mit zu prüfender Prüfsumme</numerusform>
            <numerusform>, %n mit zu prüfender Prüfsumme</numerusform>
        </translation>
    </message>
    <message>
        <source>, no waiting item is named as in the checksums</source>
        <translation>, kein wartender Eintrag heißt wie in den Prüfsummen</translation>
    </message>
    <message numerus="yes">
        <source>, %n option line(s) ignored</source>
        <translation>
            <numerusform>, %n Optionszeile ignoriert</numerusform>
            <numerusform>, %n Optionszeilen ignoriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n URL(s) without a scheme were taken as https://</source>
        <translation>
            <numerusform>; %n URL ohne Schema wurde als https:// genommen</numerusform>
            <numerusform>; %n URLs ohne Schema wurden als https:// genommen</numerusform>
        </translation>
    </message>
    <message>
        <source>; for URLs with [ ] or { } of their own, untick Expand patterns in Add URLs…</source>
        <translation>; für URLs mit eigenen [ ] oder { } in „URLs hinzufügen…“ „Muster auflösen“ abwählen</translation>
    </message>
</context>
<context>
    <name>Fetchpool::Gui::WindowActions</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Add URLs</source>
        <translation>URLs hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Pause All</source>
        <translation>Alle anhalten</translation>
    </message>
    <message>
        <source>Resume All</source>
        <translation>Alle fortsetzen</translation>
    </message>
</context>
<context>
    <name>Fetchpool::HttpExchange</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no response from %1 within %2</source>
        <translation>keine Antwort von %1 innerhalb von %2</translation>
    </message>
    <message>
        <source>transfer stalled: no data for %1 after %2 bytes</source>
        <translation>Übertragung hängt: %1 lang keine Daten nach %2 Bytes</translation>
    </message>
    <message>
        <source>connection closed after %1 of %2 bytes (%3)</source>
        <translation>Verbindung nach %1 von %2 Bytes geschlossen (%3)</translation>
    </message>
    <message>
        <source>%1 sent no response</source>
        <translation>%1 hat keine Antwort gesendet</translation>
    </message>
    <message>
        <source>connection closed at byte %1, before the segment&apos;s end (%2)</source>
        <translation>Verbindung bei Byte %1 geschlossen, vor dem Ende des Segments (%2)</translation>
    </message>
</context>
<context>
    <name>Fetchpool::ItemFolders</name>
    <message>
        <source>the subfolder &apos;%1&apos; is not a relative path inside the destination</source>
        <translation>der Unterordner „%1“ ist kein relativer Pfad innerhalb des Zielordners</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the folder %1 leads out of the destination (to %2): not saved there</source>
        <translation>der Ordner %1 führt aus dem Zielordner hinaus (nach %2): dort nicht gespeichert</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgendwohin</translation>
    </message>
    <message>
        <source>%1 is in the way of the subfolder: it is not a folder</source>
        <translation>%1 steht dem Unterordner im Weg: es ist kein Ordner</translation>
    </message>
</context>
<context>
    <name>Fetchpool::ListExport</name>
    <message>
        <source>Download list</source>
        <translation>Download-Liste</translation>
    </message>
</context>
<context>
    <name>Fetchpool::MirrorRotation</name>
    <message>
        <source>%1 URIs tried, none served the file: %2</source>
        <extracomment>%1 is the number of URIs tried (2 or more), %2 each URI with its reason, separated by &quot;; &quot;.</extracomment>
        <translation>%1 URIs versucht, keine lieferte die Datei: %2</translation>
    </message>
</context>
<context>
    <name>Fetchpool::MixedEngine</name>
    <message>
        <source>A run is already in progress.</source>
        <translation>Es läuft bereits ein Durchlauf.</translation>
    </message>
    <message>
        <source>Nothing to download.</source>
        <translation>Nichts herunterzuladen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Fetchpool::PageFetch</name>
    <message>
        <source>Cannot create a temporary folder for the page: %1</source>
        <translation>Für die Seite kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>The page is larger than %1: not read for links.</source>
        <translation>Die Seite ist größer als %1: sie wird nicht nach Links durchsucht.</translation>
    </message>
    <message>
        <source>The page could not be read.</source>
        <translation>Die Seite konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Not a web page: the server sent %1.</source>
        <translation>Keine Webseite: der Server schickte %1.</translation>
    </message>
</context>
<context>
    <name>Fetchpool::PageLinks</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Audio or video</source>
        <translation>Audio oder Video</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>Fetchpool::PartDigest</name>
    <message>
        <source>cannot read &apos;%1&apos; back to check its digest: %2</source>
        <translation>&apos;%1&apos; kann zur Prüfsummenkontrolle nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Fetchpool::PartFile</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Fetchpool::PauseOutcome</name>
    <message>
        <source>paused after %1 of %2 bytes; resuming continues from %3</source>
        <translation>angehalten nach %1 von %2 Bytes; Fortsetzen macht mit %3 weiter</translation>
    </message>
    <message>
        <source>paused after %1 bytes; the server gave no validator to continue by, so resuming starts from the beginning</source>
        <translation>angehalten nach %1 Bytes; der Server lieferte keinen Validator zum Fortsetzen, daher beginnt das Fortsetzen von vorn</translation>
    </message>
    <message>
        <source>paused before any byte arrived</source>
        <translation>angehalten, bevor ein Byte ankam</translation>
    </message>
    <message>
        <source>paused before it started</source>
        <translation>angehalten, bevor er begann</translation>
    </message>
</context>
<context>
    <name>Fetchpool::ProxyRoute</name>
    <message>
        <source>from the environment</source>
        <translation>aus der Umgebung</translation>
    </message>
    <message>
        <source>proxy %1 asks for a login (407 Proxy Authentication Required)</source>
        <translation>Proxy %1 verlangt eine Anmeldung (407 Proxy Authentication Required)</translation>
    </message>
    <message>
        <source>proxy %1 did not accept the user name or password (407 Proxy Authentication Required)</source>
        <translation>Proxy %1 hat Benutzername oder Passwort nicht angenommen (407 Proxy Authentication Required)</translation>
    </message>
    <message>
        <source>proxy %1 could not open a tunnel to %2 (status %3)</source>
        <translation>Proxy %1 konnte keinen Tunnel zu %2 öffnen (Status %3)</translation>
    </message>
    <message>
        <source>proxy %1 refused to open a tunnel to %2 (status %3)</source>
        <translation>Proxy %1 hat einen Tunnel zu %2 verweigert (Status %3)</translation>
    </message>
    <message>
        <source>proxy %1 not found: %2</source>
        <translation>Proxy %1 nicht gefunden: %2</translation>
    </message>
    <message>
        <source>SOCKS proxy %1 asks for a login</source>
        <translation>SOCKS-Proxy %1 verlangt eine Anmeldung</translation>
    </message>
    <message>
        <source>SOCKS proxy %1 did not accept the user name or password</source>
        <translation>SOCKS-Proxy %1 hat Benutzername oder Passwort nicht angenommen</translation>
    </message>
    <message>
        <source>proxy %1 failed for %2: %3</source>
        <translation>Proxy %1 ist für %2 gescheitert: %3</translation>
    </message>
    <message>
        <source>proxy %1 refused the connection</source>
        <translation>Proxy %1 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>cannot connect to proxy %1: %2</source>
        <translation>keine Verbindung zum Proxy %1: %2</translation>
    </message>
</context>
<context>
    <name>Fetchpool::ProxySettings</name>
    <message>
        <source>the proxy URL is empty</source>
        <translation>die Proxy-URL ist leer</translation>
    </message>
    <message>
        <source>the proxy URL is not valid: it needs a host, as in http://proxy.example:3128</source>
        <translation>die Proxy-URL ist ungültig: sie braucht einen Host, wie in http://proxy.example:3128</translation>
    </message>
    <message>
        <source>the proxy scheme %1:// is not supported: use http://, https://, socks5:// or socks5h://</source>
        <translation>das Proxy-Schema %1:// wird nicht unterstützt: http://, https://, socks5:// oder socks5h:// verwenden</translation>
    </message>
    <message>
        <source>a proxy URL has no path: use scheme://host:port</source>
        <translation>eine Proxy-URL hat keinen Pfad: schema://host:port verwenden</translation>
    </message>
</context>
<context>
    <name>Fetchpool::RedirectPolicy</name>
    <message>
        <source>redirect to unsupported scheme &apos;%1&apos; refused: %2</source>
        <translation>Weiterleitung auf nicht unterstütztes Schema „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>redirect from https to http refused: %1</source>
        <translation>Weiterleitung von https auf http abgelehnt: %1</translation>
    </message>
    <message>
        <source>redirect loop: %1</source>
        <translation>Weiterleitungsschleife: %1</translation>
    </message>
    <message>
        <source>too many redirects (more than %1), last to %2</source>
        <translation>zu viele Weiterleitungen (mehr als %1), zuletzt auf %2</translation>
    </message>
</context>
<context>
    <name>Fetchpool::ResponseRules</name>
    <message>
        <source>HTTP %1 redirect without a Location header</source>
        <translation>HTTP-%1-Weiterleitung ohne Location-Header</translation>
    </message>
    <message>
        <source>HTTP 206 with Content-Range &apos;%1&apos; does not continue at byte %2</source>
        <translation>HTTP 206 mit Content-Range „%1“ setzt nicht bei Byte %2 fort</translation>
    </message>
    <message>
        <source>HTTP 206 Partial Content to a request for the whole file</source>
        <translation>HTTP 206 Partial Content auf eine Anfrage nach der ganzen Datei</translation>
    </message>
</context>
<context>
    <name>Fetchpool::RunComparison</name>
    <message>
        <source>Sequential %1</source>
        <translation>Nacheinander %1</translation>
    </message>
    <message>
        <source>Parallel ×%1 %2</source>
        <translation>Parallel ×%1 %2</translation>
    </message>
    <message>
        <source>%1× faster</source>
        <translation>%1× schneller</translation>
    </message>
</context>
<context>
    <name>Fetchpool::SegmentFetch</name>
    <message>
        <source>the answer to a segment request (Content-Range &apos;%1&apos;) does not fit the file</source>
        <translation>die Antwort auf eine Segmentanfrage (Content-Range „%1“) passt nicht zur Datei</translation>
    </message>
    <message>
        <source>the file changed on the server while it was fetched in segments</source>
        <translation>die Datei hat sich auf dem Server geändert, während sie in Segmenten geladen wurde</translation>
    </message>
    <message>
        <source>the server answered a range request with the whole file</source>
        <translation>der Server beantwortete eine Bereichsanfrage mit der ganzen Datei</translation>
    </message>
    <message>
        <source>the server refused a segment&apos;s range</source>
        <translation>der Server verweigerte den Bereich eines Segments</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>a segment request was redirected to %1</source>
        <translation>eine Segmentanfrage wurde nach %1 umgeleitet</translation>
    </message>
</context>
<context>
    <name>Fetchpool::SegmentedPart</name>
    <message>
        <source>cannot write segment at byte %1: %2</source>
        <translation>Segment bei Byte %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Fetchpool::UrlCollector</name>
    <message>
        <source>malformed URL pattern at column %1: %2</source>
        <translation>fehlerhaftes URL-Muster in Spalte %1: %2</translation>
    </message>
    <message>
        <source>the pattern&apos;s first URL, %1, is refused: %2</source>
        <translation>die erste URL des Musters, %1, wird abgelehnt: %2</translation>
    </message>
    <message>
        <source>the pattern stands for %L1 URLs, more than the %L2 taken from one pattern without asking</source>
        <translation>das Muster steht für %L1 URLs, mehr als die %L2, die ohne Nachfrage aus einem Muster genommen werden</translation>
    </message>
    <message>
        <source>the name pattern gives &apos;%1&apos;, which is not a plain file name</source>
        <translation>das Namensmuster ergibt „%1“, das ist kein einfacher Dateiname</translation>
    </message>
</context>
<context>
    <name>Fetchpool::UrlGlob</name>
    <message>
        <source>&apos;%1&apos; closes no pattern</source>
        <translation>„%1“ schließt kein Muster</translation>
    </message>
    <message>
        <source>a pattern inside another: &apos;%1&apos; before the &apos;%2&apos; that closes column %3</source>
        <translation>ein Muster in einem anderen: „%1“ vor dem „%2“, das Spalte %3 schließt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is never closed with &apos;%2&apos;</source>
        <translation>„%1“ wird nie mit „%2“ geschlossen</translation>
    </message>
    <message>
        <source>more than %1 patterns in one URL</source>
        <translation>mehr als %1 Muster in einer URL</translation>
    </message>
    <message>
        <source>an empty range &apos;[]&apos;</source>
        <translation>ein leerer Bereich „[]“</translation>
    </message>
    <message>
        <source>&apos;[%1]&apos; is no range: write [1-9], [001-120], [a-z] or [0-100:5]</source>
        <translation>„[%1]“ ist kein Bereich: [1-9], [001-120], [a-z] oder [0-100:5] schreiben</translation>
    </message>
    <message>
        <source>&apos;[%1]&apos; mixes kinds: a range goes from number to number or letter to letter of one case</source>
        <translation>„[%1]“ mischt Arten: ein Bereich geht von Zahl zu Zahl oder von Buchstabe zu Buchstabe derselben Schreibung</translation>
    </message>
    <message>
        <source>&apos;[%1]&apos; has a number of more than %2 digits</source>
        <translation>„[%1]“ hat eine Zahl mit mehr als %2 Ziffern</translation>
    </message>
    <message>
        <source>&apos;[%1]&apos; counts down: write the smaller end first</source>
        <translation>„[%1]“ zählt abwärts: das kleinere Ende zuerst schreiben</translation>
    </message>
    <message>
        <source>&apos;[%1]&apos; has a step of 0</source>
        <translation>„[%1]“ hat die Schrittweite 0</translation>
    </message>
    <message>
        <source>an empty set &apos;{}&apos;</source>
        <translation>eine leere Menge „{}“</translation>
    </message>
    <message>
        <source>the name&apos;s #%1 refers to no pattern: the URL has only #1</source>
        <translation>#%1 im Namen verweist auf kein Muster: die URL hat nur #1</translation>
    </message>
    <message>
        <source>the name&apos;s #%1 refers to no pattern: the URL has #1 to #%2</source>
        <translation>#%1 im Namen verweist auf kein Muster: die URL hat #1 bis #%2</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; would be the same for every URL of the pattern: put #1 in it</source>
        <translation>der Name „%1“ wäre für jede URL des Musters gleich: #1 hineinsetzen</translation>
    </message>
</context>
<context>
    <name>Fetchpool::UrlListParser</name>
    <message>
        <source>no URL= entry in a %1 section</source>
        <translation>kein URL=-Eintrag in einem Abschnitt %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>malformed URL: %1</source>
        <translation>fehlerhafte URL: %1</translation>
    </message>
    <message>
        <source>not an absolute URL (no http:// or https://)</source>
        <translation>keine absolute URL (kein http:// oder https://)</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos;</source>
        <translation>nicht unterstütztes Schema „%1“</translation>
    </message>
    <message>
        <source>missing host</source>
        <translation>Host fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a list of URLs</source>
        <translation>„%1“ ist ein Ordner, keine Liste von URLs</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>error reading &apos;%1&apos;: %2</source>
        <translation>Fehler beim Lesen von „%1“: %2</translation>
    </message>
    <message>
        <source>longer than %1 characters (%2): no server takes such a URL</source>
        <translation>länger als %1 Zeichen (%2): kein Server nimmt eine solche URL an</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>an option of line %1, which was rejected</source>
        <translation>eine Option von Zeile %1, die abgelehnt wurde</translation>
    </message>
</context>
<context>
    <name>Fetchpool::WorkerSweep</name>
    <message>
        <source>a sweep is already running</source>
        <translation>eine Messung läuft bereits</translation>
    </message>
    <message>
        <source>a run is still going</source>
        <translation>ein Durchlauf ist noch im Gang</translation>
    </message>
    <message>
        <source>the list is empty: nothing to measure</source>
        <translation>die Liste ist leer: nichts zu messen</translation>
    </message>
    <message>
        <source>no worker counts to measure</source>
        <translation>keine Worker-Anzahlen zu messen</translation>
    </message>
    <message>
        <source>worker count %1 is out of range (1 to %2)</source>
        <translation>Worker-Anzahl %1 liegt außerhalb des Bereichs (1 bis %2)</translation>
    </message>
    <message>
        <source>cannot create a scratch folder in &apos;%1&apos;: %2</source>
        <translation>in „%1“ kann kein Arbeitsordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos; for the %2-worker step</source>
        <translation>der Ordner „%1“ für den Schritt mit %2 Workern kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot remove the scratch folder &apos;%1&apos;</source>
        <translation>der Arbeitsordner „%1“ kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>LoginPrompt</name>
    <message>
        <source>Login Required</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Realm:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember this password</source>
        <translation>Dieses Passwort &amp;merken</translation>
    </message>
    <message>
        <source>Keep the password in the desktop&apos;s secret store, and try it first the next time this site asks</source>
        <translation>Das Passwort im Schlüsselbund der Arbeitsumgebung aufbewahren und es zuerst versuchen, wenn diese Website das nächste Mal fragt</translation>
    </message>
    <message>
        <source>No secret store is running on this desktop: the password won&apos;t be remembered.</source>
        <translation>Auf dieser Arbeitsumgebung läuft kein Schlüsselbund: Das Passwort wird nicht gemerkt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fetchpool</source>
        <translation>Fetchpool</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Durch&amp;lauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Open List…</source>
        <translation>Liste ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Add the links from a text list, web page, .url or .desktop file</source>
        <translation>Die Links aus einer Textliste, Webseite, .url- oder .desktop-Datei hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Choose Folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose the folder downloads are saved to</source>
        <translation>Den Ordner wählen, in dem Downloads gespeichert werden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Fetchpool</source>
        <translation>Fetchpool beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Paste URLs</source>
        <translation>URLs &amp;einfügen</translation>
    </message>
    <message>
        <source>Add the links on the clipboard (plain text or HTML)</source>
        <translation>Die Links aus der Zwischenablage hinzufügen (Text oder HTML)</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>&amp;Add URLs…</source>
        <translation>URLs &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Type or paste links, see what will be added before adding it</source>
        <translation>Links eintippen oder einfügen und vor dem Hinzufügen sehen, was hinzukommt</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Remove Selected</source>
        <translation>Ausgewählte entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Remove the selected items from the list (downloaded files stay on disk)</source>
        <translation>Die ausgewählten Einträge aus der Liste entfernen (heruntergeladene Dateien bleiben erhalten)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Select every item in the list</source>
        <translation>Jeden Eintrag der Liste auswählen</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Download the queued items, or the whole list again when everything has finished</source>
        <translation>Die Einträge der Warteschlange herunterladen, oder die ganze Liste erneut, wenn alles fertig ist</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>Fehlschläge &amp;wiederholen</translation>
    </message>
    <message>
        <source>Queue the failed and cancelled items again and start</source>
        <translation>Die fehlgeschlagenen und abgebrochenen Einträge erneut einreihen und starten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Clear Finished</source>
        <translation>Fertige entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Remove downloaded items from the list (the files stay on disk)</source>
        <translation>Heruntergeladene Einträge aus der Liste entfernen (die Dateien bleiben erhalten)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>Se&amp;quential</source>
        <translation>&amp;Nacheinander</translation>
    </message>
    <message>
        <source>One download at a time</source>
        <translation>Ein Download nach dem anderen</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Parallel</source>
        <translation>&amp;Parallel</translation>
    </message>
    <message>
        <source>Several downloads at once, as many as the worker count</source>
        <translation>Mehrere Downloads gleichzeitig, so viele wie Worker</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Load &amp;Demo Batch</source>
        <translation>&amp;Demo-Stapel laden</translation>
    </message>
    <message>
        <source>Serve 100 images from a built-in local server and list them: no internet needed</source>
        <translation>100 Bilder von einem eingebauten lokalen Server anbieten und auflisten: kein Internet nötig</translation>
    </message>
    <message>
        <source>&amp;About Fetchpool</source>
        <translation>&amp;Über Fetchpool</translation>
    </message>
    <message>
        <source>Version and license information</source>
        <translation>Version und Lizenzinformationen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the downloaded file</source>
        <translation>Die heruntergeladene Datei öffnen</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Open Containing &amp;Folder</source>
        <translation>Enthaltenden &amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the downloaded file in its folder</source>
        <translation>Die heruntergeladene Datei in ihrem Ordner zeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>URL &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the URLs of the selected items</source>
        <translation>Die URLs der ausgewählten Einträge kopieren</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Download the selected items again</source>
        <translation>Die ausgewählten Einträge erneut herunterladen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the list&apos;s per-item timing as CSV or JSON, or a short Markdown summary of the run</source>
        <translation>Die Zeiten der Einträge als CSV oder JSON speichern, oder eine kurze Markdown-Zusammenfassung des Durchlaufs</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Measure…</source>
        <translation>&amp;Messen…</translation>
    </message>
    <message>
        <source>Fetch the list with 1, 2, 4 … workers into a scratch folder and find how many workers it is worth</source>
        <translation>Die Liste mit 1, 2, 4 … Workern in einen Arbeitsordner laden und herausfinden, wie viele Worker sie wert ist</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Show the downloads as a list with their progress and status</source>
        <translation>Die Downloads als Liste mit Fortschritt und Status zeigen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>&amp;Galerie</translation>
    </message>
    <message>
        <source>Show the downloaded images as thumbnails</source>
        <translation>Die heruntergeladenen Bilder als Vorschaubilder zeigen</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Timeout, retries, a cap per host and an extra certificate authority for the next runs</source>
        <translation>Zeitlimit, Wiederholungen, Höchstzahl pro Host und eine zusätzliche Zertifizierungsstelle für die nächsten Durchläufe</translation>
    </message>
    <message>
        <source>Select A&amp;ll</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Filter List</source>
        <translation>Liste &amp;filtern</translation>
    </message>
    <message>
        <source>Type part of a name or URL to show only the items that contain it</source>
        <translation>Einen Teil eines Namens oder einer URL eingeben, um nur die Einträge zu zeigen, die ihn enthalten</translation>
    </message>
    <message>
        <source>Stop the run: transfers end at once, and the partial files that can be continued are kept for the next Start</source>
        <translation>Den Durchlauf anhalten: Übertragungen enden sofort, und die Teildateien, die sich fortsetzen lassen, bleiben für den nächsten Start erhalten</translation>
    </message>
    <message>
        <source>&amp;Follow Active</source>
        <translation>Aktiven Einträgen &amp;folgen</translation>
    </message>
    <message>
        <source>Keep the items being downloaded in sight during a run; scrolling the list turns this off</source>
        <translation>Die Einträge, die gerade heruntergeladen werden, während eines Durchlaufs im Blick behalten; Blättern in der Liste schaltet dies aus</translation>
    </message>
    <message>
        <source>Speed L&amp;imit for Selected</source>
        <translation>Geschwindigkeitsbegren&amp;zung für Auswahl</translation>
    </message>
    <message>
        <source>Speed &amp;Limit</source>
        <translation>Geschwindigkeits&amp;begrenzung</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Pause the selected items: a download stops at once and keeps what it has, to continue from there</source>
        <translation>Die ausgewählten Einträge anhalten: Ein Download stoppt sofort und behält, was er hat, um dort fortzusetzen</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>Fort&amp;setzen</translation>
    </message>
    <message>
        <source>Resume the selected paused items: they join the run going on, or start a run of their own</source>
        <translation>Die ausgewählten angehaltenen Einträge fortsetzen: Sie schließen sich dem laufenden Durchlauf an oder starten einen eigenen</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Pa&amp;use All</source>
        <translation>Alle an&amp;halten</translation>
    </message>
    <message>
        <source>Pause every item that is queued or downloading; each keeps what it has</source>
        <translation>Jeden wartenden oder ladenden Eintrag anhalten; jeder behält, was er hat</translation>
    </message>
    <message>
        <source>Shift+F6</source>
        <translation>Shift+F6</translation>
    </message>
    <message>
        <source>Resume &amp;All</source>
        <translation>Alle f&amp;ortsetzen</translation>
    </message>
    <message>
        <source>Resume every paused item</source>
        <translation>Jeden angehaltenen Eintrag fortsetzen</translation>
    </message>
    <message>
        <source>Shift+F7</source>
        <translation>Shift+F7</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach o&amp;ben</translation>
    </message>
    <message>
        <source>Move the selected items up the list: runs download the list from the top</source>
        <translation>Die ausgewählten Einträge in der Liste nach oben verschieben: Durchläufe laden die Liste von oben</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected items down the list: runs download the list from the top</source>
        <translation>Die ausgewählten Einträge in der Liste nach unten verschieben: Durchläufe laden die Liste von oben</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>&amp;Move to Top</source>
        <translation>An den A&amp;nfang</translation>
    </message>
    <message>
        <source>Move the selected items to the top of the list: the next ones a run downloads</source>
        <translation>Die ausgewählten Einträge an den Anfang der Liste verschieben: die nächsten, die ein Durchlauf lädt</translation>
    </message>
    <message>
        <source>Ctrl+Home</source>
        <translation>Ctrl+Home</translation>
    </message>
    <message>
        <source>Move to &amp;Bottom</source>
        <translation>Ans En&amp;de</translation>
    </message>
    <message>
        <source>Move the selected items to the bottom of the list: the last ones a run downloads</source>
        <translation>Die ausgewählten Einträge an das Ende der Liste verschieben: die letzten, die ein Durchlauf lädt</translation>
    </message>
    <message>
        <source>Ctrl+End</source>
        <translation>Ctrl+End</translation>
    </message>
    <message>
        <source>&amp;Watch Clipboard for Links</source>
        <translation>Zwischenablage auf Links &amp;überwachen</translation>
    </message>
    <message>
        <source>Collect the links copied in other programs and offer to add them; nothing is added without a click</source>
        <translation>In anderen Programmen kopierte Links sammeln und zum Hinzufügen anbieten; ohne Klick wird nichts hinzugefügt</translation>
    </message>
    <message>
        <source>Add from Web Pa&amp;ge…</source>
        <translation>Von &amp;Webseite hinzufügen…</translation>
    </message>
    <message>
        <source>Read a web page and pick the images and links on it to add</source>
        <translation>Eine Webseite lesen und die Bilder und Links darauf zum Hinzufügen auswählen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>&amp;Aufgeben nach:</translation>
    </message>
    <message>
        <source>How long a server may stay silent, before answering or in the middle of a file</source>
        <translation>Wie lange ein Server schweigen darf, vor der Antwort oder mitten in einer Datei</translation>
    </message>
    <message>
        <source> s without data</source>
        <translation> s ohne Daten</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>Extra attempts after refused or broken connections, timeouts, 408, 429 and 5xx answers</source>
        <translation>Weitere Versuche nach abgelehnten oder abgerissenen Verbindungen, Zeitüberschreitungen sowie Antworten 408, 429 und 5xx</translation>
    </message>
    <message>
        <source>Per &amp;host:</source>
        <translation>Pro &amp;Host:</translation>
    </message>
    <message>
        <source>At most this many downloads from one server at a time, whatever the worker count</source>
        <translation>Höchstens so viele Downloads gleichzeitig von einem Server, unabhängig von der Worker-Anzahl</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>&amp;Extra CA:</source>
        <translation>&amp;Zusätzliche CA:</translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificate authorities</source>
        <translation>Keine: nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>While Downloading</source>
        <translation>Während des Herunterladens</translation>
    </message>
    <message>
        <source>Closing the &amp;window:</source>
        <translation>Beim &amp;Schließen des Fensters:</translation>
    </message>
    <message>
        <source>What closing the window does while a run is going</source>
        <translation>Was das Schließen des Fensters während eines laufenden Durchlaufs bewirkt</translation>
    </message>
    <message>
        <source>As&amp;k before quitting stops a run</source>
        <translation>&amp;Nachfragen, bevor Beenden einen Durchlauf anhält</translation>
    </message>
    <message>
        <source>Large Files</source>
        <translation>Große Dateien</translation>
    </message>
    <message>
        <source>&amp;Segments per file:</source>
        <translation>&amp;Segmente pro Datei:</translation>
    </message>
    <message>
        <source>At most this many idle workers fetch parts of one large file at once; 1 never splits a file</source>
        <translation>Höchstens so viele freie Worker laden gleichzeitig Teile einer großen Datei; 1 teilt nie eine Datei</translation>
    </message>
    <message>
        <source>As many as workers</source>
        <translation>So viele wie Worker</translation>
    </message>
    <message>
        <source>Split &amp;files from:</source>
        <translation>Dateien a&amp;ufteilen ab:</translation>
    </message>
    <message>
        <source>Only files at least this large are fetched in segments, when their server allows it</source>
        <translation>Nur Dateien ab dieser Größe werden in Segmenten geladen, wenn ihr Server es erlaubt</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>&amp;Parallel workers:</source>
        <translation>&amp;Parallele Worker:</translation>
    </message>
    <message>
        <source>How many downloads run at once in Parallel mode; Sequential always uses one</source>
        <translation>Wie viele Downloads im Modus Parallel gleichzeitig laufen; Sequenziell nutzt immer einen</translation>
    </message>
    <message>
        <source>Speed &amp;limit:</source>
        <translation>Geschwindigkeits&amp;begrenzung:</translation>
    </message>
    <message>
        <source>The speed of all downloads together; it changes at once, also during a run</source>
        <translation>Die Geschwindigkeit aller Downloads zusammen; sie ändert sich sofort, auch während eines Durchlaufs</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <source>The folder new downloads are saved into</source>
        <translation>Der Ordner, in den neue Downloads gespeichert werden</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>When a file e&amp;xists:</source>
        <translation>Wenn eine Datei e&amp;xistiert:</translation>
    </message>
    <message>
        <source>What a run does when a file of the same name is already in the folder</source>
        <translation>Was ein Durchlauf tut, wenn eine Datei gleichen Namens schon im Ordner liegt</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Whether downloads go through a proxy server</source>
        <translation>Ob Downloads über einen Proxy-Server laufen</translation>
    </message>
    <message>
        <source>Proxy &amp;address:</source>
        <translation>Proxy-Adr&amp;esse:</translation>
    </message>
    <message>
        <source>http://, https://, socks5:// or socks5h:// (names resolved by the proxy), a host and a port</source>
        <translation>http://, https://, socks5:// oder socks5h:// (Namen löst der Proxy auf), ein Host und ein Port</translation>
    </message>
    <message>
        <source>socks5h://127.0.0.1:1080</source>
        <translation>socks5h://127.0.0.1:1080</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>&amp;User-Agent:</source>
        <translation>&amp;User-Agent:</translation>
    </message>
    <message>
        <source>How Fetchpool names itself to servers; some sites answer only browsers</source>
        <translation>Wie Fetchpool sich bei Servern nennt; manche Seiten antworten nur Browsern</translation>
    </message>
    <message>
        <source>Fetchpool (the default)</source>
        <translation>Fetchpool (Standard)</translation>
    </message>
    <message>
        <source>&amp;Referer:</source>
        <translation>&amp;Referer:</translation>
    </message>
    <message>
        <source>The page the request says it comes from; some image hosts refuse requests without their own pages here</source>
        <translation>Die Seite, von der die Anfrage zu kommen angibt; manche Bildhoster lehnen Anfragen ohne ihre eigenen Seiten hier ab</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>E&amp;xtra headers:</source>
        <translation>&amp;Zusätzliche Header:</translation>
    </message>
    <message>
        <source>One &quot;Name: value&quot; per line, sent with every request; a header of the same name as one above replaces it</source>
        <translation>Ein &quot;Name: Wert&quot; pro Zeile, mit jeder Anfrage gesendet; ein Header gleichen Namens wie einer oben ersetzt diesen</translation>
    </message>
    <message>
        <source>Accept-Language: de</source>
        <translation>Accept-Language: de</translation>
    </message>
    <message>
        <source>Cookies and Logins</source>
        <translation>Cookies und Anmeldungen</translation>
    </message>
    <message>
        <source>&amp;Cookies file:</source>
        <translation>&amp;Cookie-Datei:</translation>
    </message>
    <message>
        <source>A cookies.txt in the Netscape format, as browser extensions export it; each cookie goes only to the sites and paths it belongs to</source>
        <translation>Eine cookies.txt im Netscape-Format, wie Browser-Erweiterungen sie exportieren; jedes Cookie geht nur an die Seiten und Pfade, zu denen es gehört</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Log in with the user name and password that ~/.netrc lists for a server, when it asks for a login</source>
        <translation>Mit dem Benutzernamen und Passwort anmelden, die ~/.netrc für einen Server nennt, wenn er eine Anmeldung verlangt</translation>
    </message>
    <message>
        <source>Use &amp;logins from ~/.netrc</source>
        <translation>&amp;Logins aus ~/.netrc verwenden</translation>
    </message>
    <message>
        <source>For links dropped or pasted from a browser, or read from a saved web page, send that page as the Referer instead</source>
        <translation>Für Links, die aus einem Browser gezogen oder eingefügt oder aus einer gespeicherten Webseite gelesen wurden, stattdessen diese Seite als Referer senden</translation>
    </message>
    <message>
        <source>Send the &amp;page the links came from, where known</source>
        <translation>Die &amp;Seite senden, von der die Links stammen, wo bekannt</translation>
    </message>
    <message>
        <source>Proxy &amp;login:</source>
        <translation>Proxy-A&amp;nmeldung:</translation>
    </message>
    <message>
        <source>The user name the proxy asks for; empty when it asks for none</source>
        <translation>Der Benutzername, den der Proxy verlangt; leer, wenn er keinen verlangt</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The proxy&apos;s password, kept in the desktop&apos;s secret store, never in the settings file</source>
        <translation>Das Passwort des Proxys, aufbewahrt im Schlüsselbund der Arbeitsumgebung, nie in der Einstellungsdatei</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>No secret store is running: the password won&apos;t be remembered.</source>
        <translation>Es läuft kein Schlüsselbund: Das Passwort wird nicht gemerkt.</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to trust as well, for your own servers.
Certificates are always verified.</source>
        <translation>Eine PEM-Datei mit zusätzlichen Zertifizierungsstellen für eigene Server.
Zertifikate werden immer geprüft.</translation>
    </message>
    <message>
        <source>Engines</source>
        <translation>Engines</translation>
    </message>
    <message>
        <source>aria2 daemons can take the downloads instead of this computer: choose one, or all of them, in the toolbar&apos;s Engine list.</source>
        <translation>aria2-Daemons können die Downloads statt dieses Computers übernehmen: Wählen Sie einen oder alle in der Engine-Liste der Werkzeugleiste.</translation>
    </message>
    <message>
        <source>The aria2 daemons Fetchpool can use</source>
        <translation>Die aria2-Daemons, die Fetchpool verwenden kann</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>Daemon</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>What the toolbar&apos;s Engine list calls this daemon</source>
        <translation>Wie die Engine-Liste der Werkzeugleiste diesen Daemon nennt</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>The daemon&apos;s host and --rpc-listen-port; an aria2:// or aria2s:// address pasted here fills in the other fields</source>
        <translation>Host und --rpc-listen-port des Daemons; eine hier eingefügte aria2://- oder aria2s://-Adresse füllt die anderen Felder aus</translation>
    </message>
    <message>
        <source>192.168.1.5:6800</source>
        <translation>192.168.1.5:6800</translation>
    </message>
    <message>
        <source>Use &amp;TLS (aria2s)</source>
        <translation>&amp;TLS verwenden (aria2s)</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>The daemon&apos;s --rpc-secret, kept in the desktop&apos;s secret store, never in the settings file</source>
        <translation>Das --rpc-secret des Daemons, im Schlüsselbund des Desktops aufbewahrt, nie in der Einstellungsdatei</translation>
    </message>
    <message>
        <source>No secret service is running: the secret will not be remembered after Fetchpool closes.</source>
        <translation>Es läuft kein Schlüsseldienst: Das Geheimnis wird nach dem Beenden von Fetchpool nicht behalten.</translation>
    </message>
    <message>
        <source>&amp;Folder on the daemon:</source>
        <translation>&amp;Ordner auf dem Daemon:</translation>
    </message>
    <message>
        <source>Where the daemon saves, on its own machine; empty: the run&apos;s folder for a daemon on this computer, else the daemon&apos;s own --dir</source>
        <translation>Wohin der Daemon auf seinem eigenen Rechner speichert; leer: der Ordner des Durchlaufs für einen Daemon auf diesem Computer, sonst das eigene --dir des Daemons</translation>
    </message>
    <message>
        <source>The daemon&apos;s own folder</source>
        <translation>Der eigene Ordner des Daemons</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Ask the daemon for its version and download slots</source>
        <translation>Den Daemon nach Version und Download-Plätzen fragen</translation>
    </message>
    <message>
        <source>JSON-RPC over HTTPS, for a daemon started with --rpc-secure; its certificate is checked against the system&apos;s, or the one pinned below</source>
        <translation>JSON-RPC über HTTPS, für einen mit --rpc-secure gestarteten Daemon; sein Zertifikat wird gegen die des Systems geprüft oder mit dem unten fixierten verglichen</translation>
    </message>
    <message>
        <source>P&amp;inned certificate:</source>
        <translation>&amp;Fixiertes Zertifikat:</translation>
    </message>
    <message>
        <source>The daemon&apos;s own --rpc-certificate (a PEM file): exactly that certificate is accepted, also self-signed, and no other</source>
        <translation>Das eigene --rpc-certificate des Daemons (eine PEM-Datei): genau dieses Zertifikat wird angenommen, auch selbst signiert, und kein anderes</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificate authorities</source>
        <translation>Keines: die Zertifizierungsstellen des Systems</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open on the offline demo: 100 images from a built-in local server, saved to a temporary folder. Your own list is left untouched.</source>
        <translation>Mit der Offline-Demo öffnen: 100 Bilder von einem eingebauten lokalen Server, gespeichert in einem temporären Ordner. Ihre eigene Liste bleibt unberührt.</translation>
    </message>
    <message>
        <source>Start downloading as soon as the list is loaded: sequential, parallel, or both in turn (sequential,parallel).</source>
        <translation>Mit dem Herunterladen beginnen, sobald die Liste geladen ist: sequential (nacheinander), parallel oder beides der Reihe nach (sequential,parallel).</translation>
    </message>
    <message>
        <source>With --autostart: close the window when the last run ends. The exit status is 0 when every item was downloaded, 1 otherwise.</source>
        <translation>Mit --autostart: das Fenster schließen, wenn der letzte Durchlauf endet. Der Rückgabewert ist 0, wenn jeder Eintrag heruntergeladen wurde, sonst 1.</translation>
    </message>
    <message>
        <source>Log runs, requests, redirects and retries to standard error.</source>
        <translation>Durchläufe, Anfragen, Weiterleitungen und Wiederholungen auf der Standardfehlerausgabe protokollieren.</translation>
    </message>
    <message>
        <source>Downloads a list of URLs into a folder, sequentially or in parallel.
When Fetchpool is already open on this display, the files and URLs are added to its list.</source>
        <translation>Lädt eine Liste von URLs in einen Ordner herunter, nacheinander oder parallel.
Ist Fetchpool auf diesem Bildschirm bereits geöffnet, kommen die Dateien und URLs in dessen Liste.</translation>
    </message>
    <message>
        <source>URLs to add, or files listing them (text, HTML, .url, .desktop).</source>
        <translation>Hinzuzufügende URLs oder Dateien, die sie auflisten (Text, HTML, .url, .desktop).</translation>
    </message>
    <message>
        <source>--autostart takes sequential, parallel, or both separated by a comma.</source>
        <translation>--autostart erwartet sequential, parallel oder beides durch ein Komma getrennt.</translation>
    </message>
    <message>
        <source>--quit-when-done needs --autostart.</source>
        <translation>--quit-when-done braucht --autostart.</translation>
    </message>
</context>
</TS>
