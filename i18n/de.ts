<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Public Domain</source>
        <extracomment>(component, distribution name for its version, licence, homepage)</extracomment>
        <translation>Gemeinfrei</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Your AI conversations, kept on your own machine: searchable, exportable, yours.</source>
        <translation>Ihre KI-Unterhaltungen auf Ihrem eigenen Rechner: durchsuchbar, exportierbar, in Ihrer Hand.</translation>
    </message>
    <message>
        <source>Your data is stored in:</source>
        <translation>Ihre Daten werden hier gespeichert:</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>%1 is free software under the %2 licence. It is built on these components:</source>
        <translation>%1 ist freie Software unter der Lizenz %2. Es baut auf diesen Komponenten auf:</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3; you may replace them with your own build of the same version.</source>
        <translation>Qt und PySide6 werden unter der GNU Lesser General Public License v3 verwendet; Sie dürfen sie durch einen eigenen Build derselben Version ersetzen.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Parley cannot open your conversations</source>
        <translation>Parley kann Ihre Unterhaltungen nicht öffnen</translation>
    </message>
    <message>
        <source>Nothing was changed. Once the problem is fixed, start Parley again.</source>
        <translation>Es wurde nichts geändert. Starten Sie Parley erneut, sobald das Problem behoben ist.</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>The draft could not be saved: %1</source>
        <extracomment>How often a streaming answer is saved, and so how often the view shows more of it. A conversation&apos;s messages, title or preview changed (the sidebar shows it). A conversation was created for a first message typed into an empty view. The user asked to set up a model (open Settings › Models). (conversation id, streaming?) whenever an answer starts or ends. (conversation id, message id, status) once an answer has ended and been saved. (conversation id, title) when the model named a new conversation.</extracomment>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Model settings not saved</source>
        <translation>Modelleinstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot ask the model</source>
        <translation>Anfrage an das Modell nicht möglich</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved as a note. Set up a model to get answers.</source>
        <translation>Als Notiz gespeichert. Richten Sie ein Modell ein, um Antworten zu erhalten.</translation>
    </message>
    <message>
        <source>The answer failed</source>
        <translation>Die Antwort ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>An answer is still coming. Stop it first.</source>
        <translation>Eine Antwort wird noch geschrieben. Halten Sie sie zuerst an.</translation>
    </message>
    <message>
        <source>No model is set up yet.</source>
        <translation>Es ist noch kein Modell eingerichtet.</translation>
    </message>
</context>
<context>
    <name>ChatError</name>
    <message>
        <source>the server</source>
        <translation>dem Server</translation>
    </message>
    <message>
        <source>wait a moment and try again.</source>
        <translation>Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>try again in 1 second.</source>
        <translation>Versuchen Sie es in 1 Sekunde erneut.</translation>
    </message>
    <message>
        <source>try again in %1 seconds.</source>
        <translation>Versuchen Sie es in %1 Sekunden erneut.</translation>
    </message>
    <message>
        <source>try again in %1 minutes.</source>
        <translation>Versuchen Sie es in %1 Minuten erneut.</translation>
    </message>
    <message>
        <source>API key refused (HTTP %1): check it in Settings › Models.</source>
        <extracomment>Kinds whose ``detail`` is the server&apos;s own explanation (the others carry Parley&apos;s diagnosis).</extracomment>
        <translation>API-Schlüssel abgelehnt (HTTP %1): Prüfen Sie ihn unter Einstellungen › Modelle.</translation>
    </message>
    <message>
        <source>Model not found on the server: choose another, or install it there.</source>
        <translation>Modell auf dem Server nicht gefunden: Wählen Sie ein anderes oder installieren Sie es dort.</translation>
    </message>
    <message>
        <source>No OpenAI-compatible API at this address (HTTP %1): check the base URL; it usually ends in /v1.</source>
        <translation>Unter dieser Adresse gibt es keine OpenAI-kompatible API (HTTP %1): Prüfen Sie die Basis-URL; sie endet meist auf /v1.</translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429): %1</source>
        <translation>Zu viele Anfragen (HTTP 429): %1</translation>
    </message>
    <message>
        <source>Server error (HTTP %1): try again later.</source>
        <translation>Serverfehler (HTTP %1): Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Request refused by the server (HTTP %1).</source>
        <translation>Anfrage vom Server abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: is the server running, and is the base URL right?</source>
        <translation>Keine Verbindung zu %1: Läuft der Server und stimmt die Basis-URL?</translation>
    </message>
    <message>
        <source>No answer from %1 in time: the model may still be loading. Try again, or allow more time in Settings › Models.</source>
        <translation>Keine rechtzeitige Antwort von %1: Das Modell wird vielleicht noch geladen. Versuchen Sie es erneut oder erlauben Sie unter Einstellungen › Modelle mehr Zeit.</translation>
    </message>
    <message>
        <source>Connection lost before the answer was finished; what arrived is kept.</source>
        <translation>Die Verbindung brach ab, bevor die Antwort fertig war; was angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Unreadable answer from the server; what arrived is kept.</source>
        <translation>Unlesbare Antwort vom Server; was angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Not an OpenAI-compatible server: check the base URL.</source>
        <translation>Kein OpenAI-kompatibler Server: Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>The server reported an error while answering.</source>
        <translation>Der Server hat beim Antworten einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>No model chosen: pick one in the composer or in Settings › Models.</source>
        <translation>Kein Modell gewählt: Wählen Sie eines im Eingabebereich oder unter Einstellungen › Modelle.</translation>
    </message>
    <message>
        <source>No model is set up: add one in Settings › Models.</source>
        <translation>Kein Modell eingerichtet: Fügen Sie unter Einstellungen › Modelle eines hinzu.</translation>
    </message>
    <message>
        <source>Unexpected answer from the server (HTTP %1).</source>
        <translation>Unerwartete Antwort vom Server (HTTP %1).</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Stop the answer (Esc)</source>
        <extracomment>Milliseconds after the last keystroke before the draft is written. The composer stays readable on wide windows, like the message column above it. (message id, new text): the user edited a message they had sent. (endpoint id, model)</extracomment>
        <translation>Antwort anhalten (Esc)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Enter)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Message the model…</source>
        <translation>Nachricht an das Modell…</translation>
    </message>
    <message>
        <source>Write a note… (no model is set up yet)</source>
        <translation>Notiz schreiben… (noch kein Modell eingerichtet)</translation>
    </message>
    <message>
        <source>System prompt ✓</source>
        <translation>Systemprompt ✓</translation>
    </message>
    <message>
        <source>System prompt in effect:
%1</source>
        <translation>Aktiver Systemprompt:
%1</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Instructions the model gets before the conversation</source>
        <translation>Anweisungen, die das Modell vor der Unterhaltung erhält</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Eingabebereich</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Editing your message — Enter saves, Esc cancels</source>
        <translation>Sie bearbeiten Ihre Nachricht – Enter speichert, Esc bricht ab</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Set up a model…</source>
        <translation>Modell einrichten…</translation>
    </message>
    <message>
        <source>Connect Parley to Ollama, LM Studio, OpenAI or any OpenAI-compatible server</source>
        <translation>Parley mit Ollama, LM Studio, OpenAI oder einem anderen OpenAI-kompatiblen Server verbinden</translation>
    </message>
    <message>
        <source>Shift+Enter for a new line</source>
        <translation>Umschalt+Enter für eine neue Zeile</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Unbenannte Unterhaltung</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>The conversation and all its messages will be removed from this computer. This cannot be undone.</source>
        <translation>Die Unterhaltung und alle ihre Nachrichten werden von diesem Computer entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete %1 conversations?</source>
        <translation>%1 Unterhaltungen löschen?</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…und %1 weitere</translation>
    </message>
    <message>
        <source>They and all their messages will be removed from this computer. This cannot be undone.</source>
        <translation>Sie werden mit allen ihren Nachrichten von diesem Computer entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete Conversation</source>
        <translation>Unterhaltung löschen</translation>
    </message>
    <message>
        <source>Delete Conversations</source>
        <translation>Unterhaltungen löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ConversationFind</name>
    <message>
        <source>Find failed</source>
        <extracomment>At most one re-find this often while messages change (a streaming answer), and never more than a third of the time: a find in 10,000 messages takes ~0.4 s of a worker. The current occurrence changed: (its 0-based index or -1, the number of occurrences).</extracomment>
        <translation>Suche fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <source>Conversation title</source>
        <extracomment>The user finished renaming: the new title (stripped, never empty).</extracomment>
        <translation>Titel der Unterhaltung</translation>
    </message>
    <message>
        <source>Double-click to rename</source>
        <translation>Zum Umbenennen doppelklicken</translation>
    </message>
    <message>
        <source>New conversation title</source>
        <translation>Neuer Titel der Unterhaltung</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>Unterhaltung umbenennen</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 Nachricht</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New chat</source>
        <extracomment>True while a page is being read off the GUI thread. A page could not be read (the exception); the list keeps what it has.</extracomment>
        <translation>Neuer Chat</translation>
    </message>
</context>
<context>
    <name>ConversationMenu</name>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Nicht mehr anheften</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Aus dem Archiv holen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Move to Project</source>
        <translation>In Projekt verschieben</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>ConversationOps</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Could not start a new chat</source>
        <translation>Neuer Chat konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Could not rename</source>
        <translation>Umbenennen nicht möglich</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Copy</source>
        <extracomment>Where a message jumped to lands, from the top of the view. The user switched to another version of a message (conversation id). A message action: (&quot;regenerate&quot; | &quot;retry&quot; | &quot;edit&quot; | &quot;copy&quot;, message id). The user renamed the conversation in the header: (conversation id, new title). The header shows the new title at once; whoever listens saves it. Messages of the shown branch were added or changed (streaming, an edit, a reload). These messages&apos; Markdown rendering arrived (their documents changed).</extracomment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Could not show that message</source>
        <translation>Diese Nachricht kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Could not switch versions</source>
        <translation>Version konnte nicht gewechselt werden</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Parley ran into a problem</source>
        <translation>Bei Parley ist ein Problem aufgetreten</translation>
    </message>
    <message>
        <source>Something went wrong inside Parley.</source>
        <translation>In Parley ist etwas schiefgelaufen.</translation>
    </message>
    <message>
        <source>Your conversations are safe: everything saved before this is still in the database. You can keep working, or restart Parley if something looks wrong.</source>
        <translation>Ihre Unterhaltungen sind sicher: Alles, was vorher gespeichert wurde, ist weiterhin in der Datenbank. Sie können weiterarbeiten oder Parley neu starten, falls etwas nicht stimmt.</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>Die Details wurden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No conversation open</source>
        <translation>Keine Unterhaltung geöffnet</translation>
    </message>
    <message>
        <source>Pick one from the list, or start a new chat (%1).</source>
        <translation>Wählen Sie eine aus der Liste oder beginnen Sie einen neuen Chat (%1).</translation>
    </message>
    <message>
        <source>New Chat</source>
        <translation>Neuer Chat</translation>
    </message>
</context>
<context>
    <name>EndpointsPage</name>
    <message>
        <source>Models</source>
        <extracomment>(name, base URL, default model) offered by &quot;Add&quot;.</extracomment>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Not needed for local servers</source>
        <translation>Für lokale Server nicht nötig</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Looking for the system keyring…</source>
        <translation>System-Schlüsselbund wird gesucht…</translation>
    </message>
    <message>
        <source>API keys are kept in the system keyring (%1), never in Parley’s files.</source>
        <translation>API-Schlüssel werden im System-Schlüsselbund (%1) aufbewahrt, nie in den Dateien von Parley.</translation>
    </message>
    <message>
        <source>No system keyring was found: API keys are kept only until Parley closes. Install or unlock one (GNOME Keyring, KWallet) to keep them.</source>
        <translation>Kein System-Schlüsselbund gefunden: API-Schlüssel bleiben nur erhalten, bis Parley beendet wird. Installieren oder entsperren Sie einen (GNOME Keyring, KWallet), um sie dauerhaft zu speichern.</translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation>Modellliste wird abgerufen…</translation>
    </message>
    <message>
        <source>The server lists no models; type the model’s name.</source>
        <translation>Der Server nennt keine Modelle; geben Sie den Namen des Modells ein.</translation>
    </message>
    <message>
        <source>1 model available.</source>
        <translation>1 Modell verfügbar.</translation>
    </message>
    <message>
        <source>%1 models available.</source>
        <translation>%1 Modelle verfügbar.</translation>
    </message>
    <message>
        <source>No model list: %1 You can type the model’s name.</source>
        <translation>Keine Modellliste: %1 Sie können den Namen des Modells eingeben.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Der Test ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connected. %1 is available.</source>
        <translation>Verbunden. %1 ist verfügbar.</translation>
    </message>
    <message>
        <source>Connected. %1 answered.</source>
        <translation>Verbunden. %1 hat geantwortet.</translation>
    </message>
    <message>
        <source>Connected. The server offers %1 models; choose a default one.</source>
        <translation>Verbunden. Der Server bietet %1 Modelle an; wählen Sie ein Standardmodell.</translation>
    </message>
    <message>
        <source>Connected, but the server lists no models.</source>
        <translation>Verbunden, aber der Server nennt keine Modelle.</translation>
    </message>
    <message>
        <source>Other OpenAI-compatible server…</source>
        <translation>Anderer OpenAI-kompatibler Server…</translation>
    </message>
    <message>
        <source>My server</source>
        <translation>Mein Server</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a model server</source>
        <translation>Modellserver hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this model server</source>
        <translation>Diesen Modellserver entfernen</translation>
    </message>
    <message>
        <source>Model servers</source>
        <translation>Modellserver</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Ollama: http://localhost:11434/v1 · LM Studio: http://localhost:1234/v1 · OpenAI: https://api.openai.com/v1</source>
        <translation>Ollama: http://localhost:11434/v1 · LM Studio: http://localhost:1234/v1 · OpenAI: https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Schlüssel anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>Standard&amp;modell:</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>Choose or type a model name</source>
        <translation>Modellnamen wählen oder eingeben</translation>
    </message>
    <message>
        <source>Fetch the model list from the server</source>
        <translation>Modellliste vom Server abrufen</translation>
    </message>
    <message>
        <source>Fetch models</source>
        <translation>Modelle abrufen</translation>
    </message>
    <message>
        <source>Show answers as they are written (streaming)</source>
        <translation>Antworten schon beim Schreiben anzeigen (Streaming)</translation>
    </message>
    <message>
        <source>Ask the model to title new conversations</source>
        <translation>Neue Unterhaltungen vom Modell betiteln lassen</translation>
    </message>
    <message>
        <source>&amp;Wait for the server:</source>
        <translation>Auf den Server &amp;warten:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to wait for the next piece of an answer before giving up</source>
        <translation>Wie lange auf den nächsten Teil einer Antwort gewartet wird, bevor Parley aufgibt</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No model is set up yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Parley talks to any server that speaks the OpenAI chat API: a model on this computer with Ollama, LM Studio or llama.cpp, or a service such as OpenAI or OpenRouter.&lt;/p&gt;&lt;p&gt;Click &lt;b&gt;Add&lt;/b&gt; to begin.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Es ist noch kein Modell eingerichtet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Parley arbeitet mit jedem Server, der die Chat-API von OpenAI spricht: mit einem Modell auf diesem Computer über Ollama, LM Studio oder llama.cpp oder mit einem Dienst wie OpenAI oder OpenRouter.&lt;/p&gt;&lt;p&gt;Klicken Sie auf &lt;b&gt;Hinzufügen&lt;/b&gt;, um zu beginnen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Unknown format “%1”; choose one of %2.</source>
        <extracomment>Other spellings of each format&apos;s extension that still mean &quot;one file&quot;.</extracomment>
        <translation>Unbekanntes Format „%1“; wählen Sie eines von: %2.</translation>
    </message>
    <message>
        <source>There is nothing to export: no conversations are in the chosen scope.</source>
        <translation>Es gibt nichts zu exportieren: Die gewählte Auswahl enthält keine Unterhaltungen.</translation>
    </message>
    <message>
        <source>Unknown output layout %1.</source>
        <translation>Unbekannte Ausgabeform %1.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder; choose a new folder name.</source>
        <translation>%1 existiert bereits und ist kein leerer Ordner; wählen Sie einen neuen Ordnernamen.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Conversations</source>
        <extracomment>(format, label, extension) in the order offered.</extracomment>
        <translation>Unterhaltungen exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>The selected conversations (%1)</source>
        <translation>Die ausgewählten Unterhaltungen (%1)</translation>
    </message>
    <message>
        <source>The search results (%1)</source>
        <translation>Die Suchergebnisse (%1)</translation>
    </message>
    <message>
        <source>A project:</source>
        <translation>Ein Projekt:</translation>
    </message>
    <message>
        <source>Everything (%1 conversations)</source>
        <translation>Alles (%1 Unterhaltungen)</translation>
    </message>
    <message>
        <source>Project to export</source>
        <translation>Zu exportierendes Projekt</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Markdown: readable transcripts</source>
        <translation>Markdown: gut lesbare Protokolle</translation>
    </message>
    <message>
        <source>Parley JSON: everything, for a backup or another computer</source>
        <translation>Parley-JSON: alles, für eine Sicherung oder einen anderen Computer</translation>
    </message>
    <message>
        <source>JSON Lines: one message per line, for data tools</source>
        <translation>JSON Lines: eine Nachricht pro Zeile, für Datenwerkzeuge</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>HTML: a web page, styled like Parley</source>
        <translation>HTML: eine Webseite im Stil von Parley</translation>
    </message>
    <message>
        <source>PDF: for printing and sharing</source>
        <translation>PDF: zum Drucken und Weitergeben</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>One file</source>
        <translation>Eine Datei</translation>
    </message>
    <message>
        <source>A folder, one file per conversation, with an index</source>
        <translation>Ein Ordner, eine Datei pro Unterhaltung, mit Inhaltsverzeichnis</translation>
    </message>
    <message>
        <source>A .zip archive, one file per conversation, with an index</source>
        <translation>Ein .zip-Archiv, eine Datei pro Unterhaltung, mit Inhaltsverzeichnis</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>The open conversation</source>
        <translation>Die geöffnete Unterhaltung</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Unbenannte Unterhaltung</translation>
    </message>
    <message>
        <source>The open conversation: %1</source>
        <translation>Die geöffnete Unterhaltung: %1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Parley export %1</source>
        <translation>Parley-Export %1</translation>
    </message>
    <message>
        <source>Choose Where to Create the Export Folder</source>
        <translation>Ort für den Exportordner wählen</translation>
    </message>
    <message>
        <source>Export As</source>
        <translation>Exportieren als</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Exporting conversations…</source>
        <translation>Unterhaltungen werden exportiert…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Exported %1 conversation to %2</source>
        <translation>%1 Unterhaltung nach %2 exportiert</translation>
    </message>
    <message>
        <source>Exported %1 conversations to %2</source>
        <translation>%1 Unterhaltungen nach %2 exportiert</translation>
    </message>
    <message>
        <source>The export stopped with an error.</source>
        <translation>Der Export wurde wegen eines Fehlers abgebrochen.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>ExportedFile</name>
    <message>
        <source>User</source>
        <extracomment>A reader sees these in the exported files; contexts say so to translators.</extracomment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Unbenannte Unterhaltung</translation>
    </message>
    <message>
        <source>Untitled</source>
        <extracomment>The file name of an untitled conversation in a folder or zip export.</extracomment>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Parley export</source>
        <translation>Parley-Export</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>Systemprompt:</translation>
    </message>
    <message>
        <source>Thinking:</source>
        <translation>Gedankengang:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation>Keine Unterhaltungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Conversation id</source>
        <translation>Unterhaltungs-ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Exported from %1</source>
        <translation>Exportiert aus %1</translation>
    </message>
    <message>
        <source>%1 export</source>
        <translation>%1-Export</translation>
    </message>
    <message>
        <source>%1 conversation, exported %2.</source>
        <translation>%1 Unterhaltung, exportiert am %2.</translation>
    </message>
    <message>
        <source>%1 conversations, exported %2.</source>
        <translation>%1 Unterhaltungen, exportiert am %2.</translation>
    </message>
    <message>
        <source>%1 message</source>
        <translation>%1 Nachricht</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>In der Unterhaltung suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Wird gemessen…</translation>
    </message>
    <message>
        <source>Your Data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Speicherort:</translation>
    </message>
    <message>
        <source>Space used:</source>
        <translation>Belegter Speicher:</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the data folder in your file manager</source>
        <translation>Den Datenordner in der Dateiverwaltung anzeigen</translation>
    </message>
    <message>
        <source>Everything Parley keeps is in this folder: the database, its backups and the log. Start Parley with --data-dir to use another folder.</source>
        <translation>Alles, was Parley speichert, liegt in diesem Ordner: die Datenbank, ihre Sicherungen und das Protokoll. Starten Sie Parley mit --data-dir, um einen anderen Ordner zu verwenden.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The window switches language at once; a few texts follow after a restart.</source>
        <translation>Das Fenster wechselt die Sprache sofort; einige Texte folgen erst nach einem Neustart.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>ChatGPT export</source>
        <translation>ChatGPT-Export</translation>
    </message>
    <message>
        <source>is a %1, not a conversation object</source>
        <extracomment>Fields of a conversation that Parley stores in columns; the rest is kept in metadata.</extracomment>
        <translation>ist ein %1, kein Unterhaltungsobjekt</translation>
    </message>
    <message>
        <source>has no messages (no “%1”); skipped</source>
        <translation>enthält keine Nachrichten (kein „%1“); übersprungen</translation>
    </message>
    <message>
        <source>its “%1” is a %2, not an object</source>
        <translation>sein „%1“ ist ein %2, kein Objekt</translation>
    </message>
    <message>
        <source>has no id; skipped</source>
        <translation>hat keine ID; übersprungen</translation>
    </message>
    <message>
        <source>has no messages; skipped</source>
        <translation>enthält keine Nachrichten; übersprungen</translation>
    </message>
    <message>
        <source>node %1 is a %2, not an object</source>
        <translation>Knoten %1 ist ein %2, kein Objekt</translation>
    </message>
    <message>
        <source>node %1 has a message that is not an object</source>
        <translation>Knoten %1 hat eine Nachricht, die kein Objekt ist</translation>
    </message>
    <message>
        <source>message %1: unknown content type “%2” kept as it was</source>
        <translation>Nachricht %1: unbekannter Inhaltstyp „%2“ unverändert übernommen</translation>
    </message>
    <message>
        <source>its current message is missing; showing the newest branch</source>
        <translation>die aktuelle Nachricht fehlt; der neueste Zweig wird angezeigt</translation>
    </message>
    <message>
        <source>Claude export</source>
        <translation>Claude-Export</translation>
    </message>
    <message>
        <source>has no uuid; skipped</source>
        <translation>hat keine UUID; übersprungen</translation>
    </message>
    <message>
        <source>its “%1” is a %2, not a list</source>
        <translation>sein „%1“ ist ein %2, keine Liste</translation>
    </message>
    <message>
        <source>message %1 is a %2, not an object</source>
        <translation>Nachricht %1 ist ein %2, kein Objekt</translation>
    </message>
    <message>
        <source>%1 message whose parent is missing was kept as a separate branch</source>
        <translation>%1 Nachricht ohne vorhandene Vorgängernachricht wurde als eigener Zweig übernommen</translation>
    </message>
    <message>
        <source>%1 messages whose parent is missing were kept as separate branches</source>
        <translation>%1 Nachrichten ohne vorhandene Vorgängernachricht wurden als eigene Zweige übernommen</translation>
    </message>
    <message>
        <source>message %1: unknown block “%2” kept as it was</source>
        <translation>Nachricht %1: unbekannter Block „%2“ unverändert übernommen</translation>
    </message>
    <message>
        <source>%1; the file may be incomplete (download the export again)</source>
        <extracomment>Sniffing reads at most one record; one larger than this is not worth guessing about. Records of an array looked at before giving up on recognising it. Filled from a Parley export&apos;s header while it is read.</extracomment>
        <translation>%1; die Datei ist möglicherweise unvollständig (laden Sie den Export erneut herunter)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <extracomment>The sum of an archive&apos;s declared sizes may not pass this. Real JSON exports deflate 5-20x; 200x on a large entry means a bomb, not chat history. Below this, any ratio is harmless. The operating system&apos;s reason (&quot;Permission denied&quot;) goes in as it is.</extracomment>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>is not a chat export Parley recognises (ChatGPT, Claude, Parley JSON or JSON Lines, or the browser chat history)</source>
        <translation>ist kein Chat-Export, den Parley erkennt (ChatGPT, Claude, Parley JSON oder JSON Lines oder der Browser-Chatverlauf)</translation>
    </message>
    <message>
        <source>holds no conversations (its conversation files are empty)</source>
        <translation>enthält keine Unterhaltungen (die Unterhaltungsdateien sind leer)</translation>
    </message>
    <message>
        <source>holds no chat export Parley recognises</source>
        <translation>enthält keinen Chat-Export, den Parley erkennt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;file: what went wrong&quot;, &quot;record: what went wrong&quot; (the same shape, nested).
----------
Progress is reported at most this often (in records). &quot;conversation 12 (“Trip to Lisbon”): its “mapping” is a list, not an object&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (%1)</source>
        <extracomment>One record (a conversation) larger than this is refused as absurd: real conversations are kilobytes to a few megabytes, and a record must fit in memory to be decoded. How much text is read at a time. A decode error this close to the end of the window may just mean &quot;read more&quot;.</extracomment>
        <translation>die Datei ist kein gültiger UTF-8-Text (%1)</translation>
    </message>
    <message>
        <source>expected %1 or %2 but found %3</source>
        <translation>%1 oder %2 erwartet, aber %3 gefunden</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>das Dateiende</translation>
    </message>
    <message>
        <source>expected %1 but found %2</source>
        <translation>%1 erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>the file ends where a value was expected (truncated?)</source>
        <translation>die Datei endet, wo ein Wert erwartet wurde (abgeschnitten?)</translation>
    </message>
    <message>
        <source>one record is larger than %1 MB; this does not look like a chat export</source>
        <translation>ein Eintrag ist größer als %1 MB; das sieht nicht nach einem Chat-Export aus</translation>
    </message>
    <message>
        <source>the file ends in the middle of a record (truncated?)</source>
        <translation>die Datei endet mitten in einem Eintrag (abgeschnitten?)</translation>
    </message>
    <message>
        <source>invalid JSON (%1) near character %2</source>
        <translation>ungültiges JSON (%1) bei Zeichen %2</translation>
    </message>
    <message>
        <source>the file ends inside the list of records (truncated?)</source>
        <translation>die Datei endet innerhalb der Eintragsliste (abgeschnitten?)</translation>
    </message>
    <message>
        <source>expected a quoted key</source>
        <translation>Schlüssel in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>the file ends inside an object (truncated?)</source>
        <translation>die Datei endet innerhalb eines Objekts (abgeschnitten?)</translation>
    </message>
    <message>
        <source>browser chat history</source>
        <translation>Browser-Chatverlauf</translation>
    </message>
    <message>
        <source>the stored history is not valid JSON (%1)</source>
        <translation>der gespeicherte Verlauf ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>the stored history is not a list of messages</source>
        <translation>der gespeicherte Verlauf ist keine Liste von Nachrichten</translation>
    </message>
    <message>
        <source>the history holds no messages</source>
        <translation>der Verlauf enthält keine Nachrichten</translation>
    </message>
    <message>
        <source>Parley export</source>
        <extracomment>The newest version this Parley reads (and writes).</extracomment>
        <translation>Parley-Export</translation>
    </message>
    <message>
        <source>Parley JSON Lines export</source>
        <translation>Parley-JSON-Lines-Export</translation>
    </message>
    <message>
        <source>message %1: “%2” is not a %3</source>
        <extracomment>&quot;message 3f2a…: “content” is not a string&quot; (the key and its JSON type stay as they are).</extracomment>
        <translation>Nachricht %1: „%2“ ist kein %3</translation>
    </message>
    <message>
        <source>is a Parley export without a valid format version</source>
        <translation>ist ein Parley-Export ohne gültige Formatversion</translation>
    </message>
    <message>
        <source>was written by a newer Parley (format version %1; this one reads up to %2). Update Parley to import it.</source>
        <translation>wurde von einer neueren Parley-Version geschrieben (Formatversion %1; diese liest bis %2). Aktualisieren Sie Parley, um ihn zu importieren.</translation>
    </message>
    <message>
        <source>the field “%1” is missing or not a %2</source>
        <translation>das Feld „%1“ fehlt oder ist kein %2</translation>
    </message>
    <message>
        <source>message %1: “%2” is missing or not a %3</source>
        <translation>Nachricht %1: „%2“ fehlt oder ist kein %3</translation>
    </message>
    <message>
        <source>message %1 is not an object</source>
        <translation>Nachricht %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>message %1 has an unknown role “%2”</source>
        <translation>Nachricht %1 hat eine unbekannte Rolle „%2“</translation>
    </message>
    <message>
        <source>message %1 has an unknown status “%2”</source>
        <translation>Nachricht %1 hat einen unbekannten Status „%2“</translation>
    </message>
    <message>
        <source>“%1” is not an object</source>
        <translation>„%1“ ist kein Objekt</translation>
    </message>
    <message>
        <source>“%1” is not a list of strings</source>
        <translation>„%1“ ist keine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>line %1 is not a Parley message line</source>
        <translation>Zeile %1 ist keine Parley-Nachrichtenzeile</translation>
    </message>
    <message>
        <source>conversation %1 (“%2”)</source>
        <translation>Unterhaltung %1 („%2“)</translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation>Unterhaltung %1</translation>
    </message>
    <message>
        <source>could not be read (%1: %2)</source>
        <translation>konnte nicht gelesen werden (%1: %2)</translation>
    </message>
    <message>
        <source>after conversation %1</source>
        <translation>nach Unterhaltung %1</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>am Anfang</translation>
    </message>
    <message>
        <source>unexpected data after the end of the export</source>
        <translation>unerwartete Daten nach dem Ende des Exports</translation>
    </message>
    <message>
        <source>has an unsupported format %1</source>
        <translation>hat ein nicht unterstütztes Format %1</translation>
    </message>
    <message>
        <source>the entry is larger than its archive declares; refusing to read on</source>
        <translation>der Eintrag ist größer, als sein Archiv angibt; das Lesen wird abgebrochen</translation>
    </message>
    <message>
        <source>is %1 GB, far larger than any chat export; refusing it</source>
        <translation>ist %1 GB groß, weit größer als jeder Chat-Export; abgelehnt</translation>
    </message>
    <message>
        <source>holds too many files to be a chat export</source>
        <translation>enthält zu viele Dateien für einen Chat-Export</translation>
    </message>
    <message>
        <source>cannot be read from the archive (%1)</source>
        <translation>kann nicht aus dem Archiv gelesen werden (%1)</translation>
    </message>
    <message>
        <source>is damaged inside the archive (the zip may be truncated or corrupt)</source>
        <translation>ist im Archiv beschädigt (die ZIP-Datei ist möglicherweise abgeschnitten oder defekt)</translation>
    </message>
    <message>
        <source>is not a readable zip archive (it may be truncated: download the export again)</source>
        <translation>ist kein lesbares ZIP-Archiv (möglicherweise abgeschnitten: laden Sie den Export erneut herunter)</translation>
    </message>
    <message>
        <source>holds %1 entries, too many for a chat export</source>
        <translation>enthält %1 Einträge, zu viele für einen Chat-Export</translation>
    </message>
    <message>
        <source>declares an entry %1 of %2 GB; refusing it</source>
        <translation>gibt einen Eintrag %1 mit %2 GB an; abgelehnt</translation>
    </message>
    <message>
        <source>looks like a zip bomb: %1 would inflate %2 times to %3 MB; refusing it</source>
        <translation>sieht nach einer ZIP-Bombe aus: %1 würde sich auf das %2-Fache entpacken, %3 MB; abgelehnt</translation>
    </message>
    <message>
        <source>would inflate to %1 GB, far more than any chat export; refusing it</source>
        <translation>würde sich auf %1 GB entpacken, weit mehr als jeder Chat-Export; abgelehnt</translation>
    </message>
    <message>
        <source>a message id is already used by another conversation (%1)</source>
        <extracomment>Messages buffered before an ``executemany``.</extracomment>
        <translation>eine Nachrichten-ID wird bereits von einer anderen Unterhaltung verwendet (%1)</translation>
    </message>
    <message>
        <source>some ids clash with data already in Parley under other ids (%1)</source>
        <translation>einige IDs kollidieren mit Daten, die in Parley bereits unter anderen IDs vorhanden sind (%1)</translation>
    </message>
    <message>
        <source>message id %1 appears twice</source>
        <translation>die Nachrichten-ID %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>“%2”: %1 message had a missing parent and starts its own branch</source>
        <translation>„%2“: %1 Nachricht hatte keine vorhandene Vorgängernachricht und beginnt einen eigenen Zweig</translation>
    </message>
    <message>
        <source>“%2”: %1 messages had a missing parent and start their own branch</source>
        <translation>„%2“: %1 Nachrichten hatten keine vorhandene Vorgängernachricht und beginnen eigene Zweige</translation>
    </message>
    <message>
        <source>“%1”: a loop in the message tree was broken</source>
        <translation>„%1“: eine Schleife im Nachrichtenbaum wurde aufgelöst</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Conversations</source>
        <translation>Unterhaltungen importieren</translation>
    </message>
    <message>
        <source>Choose a ChatGPT or Claude data export (the .zip, or its conversations.json), a Parley export, or a saved browser chat history. Importing the same export again never adds anything twice.</source>
        <translation>Wählen Sie einen Datenexport von ChatGPT oder Claude (die .zip-Datei oder die darin enthaltene conversations.json), einen Parley-Export oder einen gespeicherten Browser-Chatverlauf. Wird derselbe Export erneut importiert, kommt nichts doppelt hinzu.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>As in the export (others to the first project)</source>
        <translation>Wie im Export (übrige ins erste Projekt)</translation>
    </message>
    <message>
        <source>Put conversations in:</source>
        <translation>Unterhaltungen ablegen in:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Choose Exports to Import</source>
        <translation>Zu importierende Exporte wählen</translation>
    </message>
    <message>
        <source>Chat exports (%1);;All files (*)</source>
        <translation>Chat-Exporte (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose an Unpacked Export</source>
        <translation>Entpackten Export wählen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Reading… %1%</source>
        <translation>Wird gelesen… %1 %</translation>
    </message>
    <message>
        <source>Cannot be imported: %1</source>
        <translation>Kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>%1 entry will be skipped</source>
        <translation>%1 Eintrag wird übersprungen</translation>
    </message>
    <message>
        <source>%1 entries will be skipped</source>
        <translation>%1 Einträge werden übersprungen</translation>
    </message>
    <message>
        <source>No files chosen yet. You can also drop files onto the main window.</source>
        <translation>Noch keine Dateien gewählt. Sie können Dateien auch auf das Hauptfenster ziehen.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>Nothing here can be imported.</source>
        <translation>Hier lässt sich nichts importieren.</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>Gefunden: %1.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Importing conversations…</source>
        <translation>Unterhaltungen werden importiert…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>The import stopped with an error; nothing from the file in progress was saved.</source>
        <translation>Der Import wurde wegen eines Fehlers abgebrochen; aus der gerade bearbeiteten Datei wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1 conversation</source>
        <extracomment>Warnings kept per file; beyond this only their number is.</extracomment>
        <translation>%1 Unterhaltung</translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation>%1 Unterhaltungen</translation>
    </message>
    <message>
        <source>%1 message</source>
        <translation>%1 Nachricht</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>%1, %2 from several exports</source>
        <translation>%1, %2 aus mehreren Exporten</translation>
    </message>
    <message>
        <source>%1, %2 from a %3</source>
        <translation>%1, %2 aus einem %3</translation>
    </message>
    <message>
        <source>%1 new message</source>
        <translation>%1 neue Nachricht</translation>
    </message>
    <message>
        <source>%1 new messages</source>
        <translation>%1 neue Nachrichten</translation>
    </message>
    <message>
        <source>Added %1, updated %2, skipped %3 conversations (%4)</source>
        <translation>Unterhaltungen: %1 hinzugefügt, %2 aktualisiert, %3 übersprungen (%4)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The format&apos;s name (&quot;ChatGPT export&quot;), once recognised. Why the file was not imported (``ImportFailed.text``), or None.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>cancelled; nothing from this file was saved</source>
        <translation>abgebrochen; aus dieser Datei wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>nicht importiert: %1</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 skipped (%4)</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 übersprungen (%4)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>%1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1 file not imported</source>
        <translation>%1 Datei nicht importiert</translation>
    </message>
    <message>
        <source>%1 files not imported</source>
        <translation>%1 Dateien nicht importiert</translation>
    </message>
    <message>
        <source>Parley import report %1</source>
        <translation>Parley-Importbericht %1</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>gefunden: %1</translation>
    </message>
    <message>
        <source>result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>new project: %1</source>
        <translation>neues Projekt: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>… and %1 more warning</source>
        <translation>… und %1 weitere Warnung</translation>
    </message>
    <message>
        <source>… and %1 more warnings</source>
        <translation>… und %1 weitere Warnungen</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>Cancelled: nothing from the file in progress was saved; files finished before it were.</source>
        <translation>Abgebrochen: Aus der gerade bearbeiteten Datei wurde nichts gespeichert, aus den zuvor fertigen Dateien schon.</translation>
    </message>
    <message>
        <source>%1 file could not be imported and changed nothing; see below.</source>
        <translation>%1 Datei konnte nicht importiert werden und hat nichts verändert; siehe unten.</translation>
    </message>
    <message>
        <source>%1 files could not be imported and changed nothing; see below.</source>
        <translation>%1 Dateien konnten nicht importiert werden und haben nichts verändert; siehe unten.</translation>
    </message>
    <message>
        <source>%1 warning below.</source>
        <translation>%1 Warnung, siehe unten.</translation>
    </message>
    <message>
        <source>%1 warnings below.</source>
        <translation>%1 Warnungen, siehe unten.</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>Parley import report</source>
        <translation>Parley-Importbericht</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>Der Bericht konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Bericht in %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import conversations exported from ChatGPT or Claude</source>
        <translation>Aus ChatGPT oder Claude exportierte Unterhaltungen importieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the selected conversations</source>
        <translation>Die ausgewählten Unterhaltungen exportieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Delete Conversation</source>
        <translation>Unterhaltung &amp;löschen</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;About Parley</source>
        <translation>Über &amp;Parley</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>Not available in this version yet</source>
        <translation>In dieser Version noch nicht verfügbar</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>General</source>
        <extracomment>Emitted once, after the window has painted for the first time. Emitted when the conversation view has been created (after the first paint). The conversation on the right changed (id, or &quot;&quot; for none). Chat (composer, model endpoints), built with the conversation view.</extracomment>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation>Textgröße %1 %</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>„%1“ gelöscht</translation>
    </message>
    <message>
        <source>Deleted %1 conversations</source>
        <translation>%1 Unterhaltungen gelöscht</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>You</source>
        <extracomment>Visible messages read when a conversation opens (more if they do not fill the view). Older messages read each time the user scrolls to the top.</extracomment>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
</context>
<context>
    <name>MessageListView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy Message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>Linkadresse kopieren</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Messages</source>
        <extracomment>The user clicked a footer action: (name, message id). &quot;copy&quot; after copying. The user asked for another version of a message: (message id, -1 or +1). A web or mail link was opened in the system browser. The first paint after a conversation was opened (emitted at the end of that paint event: connected slots must not paint).</extracomment>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>Code kopiert</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Tokens: %1 in, %2 out</source>
        <translation>Tokens: %1 Eingabe, %2 Ausgabe</translation>
    </message>
    <message>
        <source>First word after %1 s, finished after %2 s</source>
        <translation>Erstes Wort nach %1 s, fertig nach %2 s</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Schreibt…</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>Antwort neu erzeugen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>%1 (choose a model in Settings)</source>
        <translation>%1 (Modell in den Einstellungen wählen)</translation>
    </message>
    <message>
        <source>The model that answers</source>
        <translation>Das Modell, das antwortet</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
</context>
<context>
    <name>ProjectSelector</name>
    <message>
        <source>New Project…</source>
        <extracomment>Item data marking the &quot;New Project…&quot; entry (project entries hold the project id).</extracomment>
        <translation>Neues Projekt…</translation>
    </message>
</context>
<context>
    <name>SampleLoader</name>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Creating sample conversations…</source>
        <translation>Beispielunterhaltungen werden erstellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sample Conversations</source>
        <translation>Beispielunterhaltungen</translation>
    </message>
    <message>
        <source>Sample conversations added to the “%1” project</source>
        <translation>Beispielunterhaltungen zum Projekt „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Could not create the samples</source>
        <translation>Die Beispiele konnten nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>ScrollToBottomButton</name>
    <message>
        <source>Scroll to the newest message</source>
        <translation>Zur neuesten Nachricht scrollen</translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <source>Search All Conversations…</source>
        <extracomment>The index is merged this long after the window first paints (start-up work comes first).</extracomment>
        <translation>Alle Unterhaltungen durchsuchen…</translation>
    </message>
    <message>
        <source>Search every conversation (Ctrl+Shift+F)</source>
        <translation>Alle Unterhaltungen durchsuchen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
</context>
<context>
    <name>SearchHints</name>
    <message>
        <source>Add a word to search for: -word only leaves out matches.</source>
        <translation>Fügen Sie ein Suchwort hinzu: -wort schließt Treffer nur aus.</translation>
    </message>
    <message>
        <source>Unknown role “%1”: use role:user or role:assistant.</source>
        <translation>Unbekannte Rolle „%1“: Verwenden Sie role:user oder role:assistant.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD, for example 2026-03-01.</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie es als JJJJ-MM-TT, zum Beispiel 2026-03-01.</translation>
    </message>
    <message>
        <source>Unknown in:%1: use in:archived or in:all.</source>
        <translation>Unbekanntes in:%1: Verwenden Sie in:archived oder in:all.</translation>
    </message>
    <message>
        <source>%1: needs a value, for example %1:something.</source>
        <translation>%1: braucht einen Wert, zum Beispiel %1:etwas.</translation>
    </message>
    <message>
        <source>Type at least 3 letters before * (searching “%1” as a word).</source>
        <translation>Geben Sie vor * mindestens 3 Buchstaben ein (es wird nach dem Wort „%1“ gesucht).</translation>
    </message>
    <message>
        <source>Filters cannot be negated: -%1 was ignored.</source>
        <translation>Filter lassen sich nicht verneinen: -%1 wurde ignoriert.</translation>
    </message>
    <message>
        <source>after:%1 is not before before:%2: nothing can match.</source>
        <translation>after:%1 liegt nicht vor before:%2: Nichts kann passen.</translation>
    </message>
    <message>
        <source>There is no project named “%1”.</source>
        <translation>Es gibt kein Projekt namens „%1“.</translation>
    </message>
    <message>
        <source>There is no tag named “%1”.</source>
        <translation>Es gibt kein Schlagwort namens „%1“.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n match(es): %2</source>
        <translation>
            <numerusform>%1, %n Treffer: %2</numerusform>
            <numerusform>%1, %n Treffer: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Search conversations</source>
        <extracomment>Above this many changed conversations, re-read the list instead of placing each row. The sidebar itself changed these conversations in the store (renamed, pinned, archived, moved): views showing them may want to refresh their header.</extracomment>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project: each keeps its own history</source>
        <translation>Projekt: Jedes hat seinen eigenen Verlauf</translation>
    </message>
    <message>
        <source>No projects</source>
        <translation>Keine Projekte</translation>
    </message>
    <message>
        <source>Show archived conversations</source>
        <translation>Archivierte Unterhaltungen anzeigen</translation>
    </message>
    <message>
        <source>Archived conversations</source>
        <translation>Archivierte Unterhaltungen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>New Chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Neue Unterhaltung beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Einstellungen (Strg+,)</translation>
    </message>
    <message>
        <source>Could not load conversations</source>
        <translation>Unterhaltungen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not load projects</source>
        <translation>Projekte konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>No conversations match “%1”.</source>
        <translation>Keine Unterhaltung passt zu „%1“.</translation>
    </message>
    <message>
        <source>No archived conversations.</source>
        <translation>Keine archivierten Unterhaltungen.</translation>
    </message>
    <message>
        <source>Create a project to start.</source>
        <translation>Legen Sie zuerst ein Projekt an.</translation>
    </message>
    <message>
        <source>No conversations yet.
Start one with New Chat.</source>
        <translation>Noch keine Unterhaltungen.
Beginnen Sie eine mit „Neuer Chat“.</translation>
    </message>
    <message>
        <source>Rename Conversation</source>
        <translation>Unterhaltung umbenennen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Could not rename the conversation</source>
        <translation>Die Unterhaltung konnte nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Could not pin the conversations</source>
        <translation>Die Unterhaltungen konnten nicht angeheftet werden</translation>
    </message>
    <message>
        <source>Could not archive the conversations</source>
        <translation>Die Unterhaltungen konnten nicht archiviert werden</translation>
    </message>
    <message>
        <source>Could not move the conversations</source>
        <translation>Die Unterhaltungen konnten nicht verschoben werden</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Each project keeps its own conversations.
Name:</source>
        <translation>Jedes Projekt hat seine eigenen Unterhaltungen.
Name:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Could not create the project</source>
        <translation>Das Projekt konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>SidebarLabels</name>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 Days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 Days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
</context>
<context>
    <name>SidebarSearch</name>
    <message>
        <source>Searching…</source>
        <extracomment>Typing pauses this long before a query runs. A result was opened: (conversation id, message id or &quot;&quot;, the query text). The sidebar&apos;s ``conversation_activated`` is emitted just before. A search finished and its results are shown (for tests and the status line).</extracomment>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No conversations match “%1”.</source>
        <translation>Keine Unterhaltung passt zu „%1“.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>SystemPromptDialog</name>
    <message>
        <source>System Prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>Diese Unterhaltung</translation>
    </message>
    <message>
        <source>System prompt for this conversation</source>
        <translation>Systemprompt für diese Unterhaltung</translation>
    </message>
    <message>
        <source>Empty: the project’s prompt below is used.</source>
        <translation>Leer: Der Systemprompt des Projekts (unten) wird verwendet.</translation>
    </message>
    <message>
        <source>Every conversation in “%1”</source>
        <translation>Jede Unterhaltung in „%1“</translation>
    </message>
    <message>
        <source>System prompt for the project</source>
        <translation>Systemprompt für das Projekt</translation>
    </message>
    <message>
        <source>For example: Answer briefly. Use metric units.</source>
        <translation>Zum Beispiel: Antworte kurz. Verwende metrische Einheiten.</translation>
    </message>
    <message>
        <source>The model reads the system prompt before every message. A conversation’s own prompt replaces the project’s.</source>
        <translation>Das Modell liest den Systemprompt vor jeder Nachricht. Der eigene Prompt einer Unterhaltung ersetzt den des Projekts.</translation>
    </message>
</context>
<context>
    <name>TransferProgress</name>
    <message>
        <source>Cancel</source>
        <extracomment>The dialog&apos;s bar counts in these steps (Qt&apos;s range is int; byte counts are not).</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to %1</source>
        <extracomment>Below this width the three cards stack instead of sitting side by side.</extracomment>
        <translation>Willkommen bei %1</translation>
    </message>
    <message>
        <source>A home for your AI conversations, kept on this computer. Chat with any OpenAI-compatible model, bring in your ChatGPT and Claude history, and find anything you ever discussed.</source>
        <translation>Ein Zuhause für Ihre KI-Unterhaltungen, gespeichert auf diesem Computer. Chatten Sie mit jedem OpenAI-kompatiblen Modell, übernehmen Sie Ihren Verlauf aus ChatGPT und Claude und finden Sie alles wieder, worüber Sie je gesprochen haben.</translation>
    </message>
    <message>
        <source>Start a Chat</source>
        <translation>Chat beginnen</translation>
    </message>
    <message>
        <source>Open a new conversation and talk to a model.</source>
        <translation>Eine neue Unterhaltung öffnen und mit einem Modell sprechen.</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message>
        <source>Bring in conversations exported from ChatGPT or Claude.</source>
        <translation>Aus ChatGPT oder Claude exportierte Unterhaltungen übernehmen.</translation>
    </message>
    <message>
        <source>Explore Samples</source>
        <translation>Beispiele ansehen</translation>
    </message>
    <message>
        <source>Load sample conversations, in their own “Samples” project, to look around.</source>
        <translation>Beispielunterhaltungen in einem eigenen Projekt „Beispiele“ laden, um sich umzusehen.</translation>
    </message>
    <message>
        <source>Your conversations are stored in %1 and never leave this computer unless you send them to a model.</source>
        <translation>Ihre Unterhaltungen werden in %1 gespeichert und verlassen diesen Computer nur, wenn Sie sie an ein Modell senden.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>System default</source>
        <extracomment>The language the source strings are written in: it needs no translator.</extracomment>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>notify</name>
    <message>
        <source>The database%1 is in use by another program. Close other copies of Parley and try again.</source>
        <translation>Die Datenbank%1 wird von einem anderen Programm verwendet. Schließen Sie andere Instanzen von Parley und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database%1 is damaged. Run “parley check” for details; Parley keeps backups named parley.db.bak-* in the same folder.</source>
        <translation>Die Datenbank%1 ist beschädigt. Führen Sie „parley check“ aus, um Details zu sehen; Parley bewahrt Sicherungen namens parley.db.bak-* im selben Ordner auf.</translation>
    </message>
    <message>
        <source>The database%1 cannot be written: the disk or folder is read-only. Fix its permissions or start Parley with --data-dir pointing to another folder.</source>
        <translation>In die Datenbank%1 kann nicht geschrieben werden: Datenträger oder Ordner sind schreibgeschützt. Korrigieren Sie die Berechtigungen oder starten Sie Parley mit --data-dir und einem anderen Ordner.</translation>
    </message>
    <message>
        <source>The disk holding the database%1 is full. Nothing was saved; free some space and try again.</source>
        <translation>Der Datenträger mit der Datenbank%1 ist voll. Es wurde nichts gespeichert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database%1 could not be written: the disk reported an error (it may be full, removed or failing). Nothing was saved; free some space or check the disk and try again.</source>
        <translation>Die Datenbank%1 konnte nicht geschrieben werden: Der Datenträger hat einen Fehler gemeldet (er ist vielleicht voll, entfernt oder defekt). Es wurde nichts gespeichert; geben Sie Speicherplatz frei oder prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database%1 was written by a newer version of Parley. Install the newer version to open it.</source>
        <translation>Die Datenbank%1 wurde von einer neueren Version von Parley geschrieben. Installieren Sie die neuere Version, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The item was not found; it may have been deleted in another window.</source>
        <translation>Das Element wurde nicht gefunden; vielleicht wurde es in einem anderen Fenster gelöscht.</translation>
    </message>
</context>
</TS>
