<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Public Domain</source>
        <extracomment>(component, distribution name for its version, licence, homepage)</extracomment>
        <translation>Dominio público</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Your AI conversations, kept on your own machine: searchable, exportable, yours.</source>
        <translation>Tus conversaciones con IA, guardadas en tu propio equipo: fáciles de buscar, exportables y solo tuyas.</translation>
    </message>
    <message>
        <source>Your data is stored in:</source>
        <translation>Tus datos se guardan en:</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>%1 is free software under the %2 licence. It is built on these components:</source>
        <translation>%1 es software libre con licencia %2. Está construido sobre estos componentes:</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3; you may replace them with your own build of the same version.</source>
        <translation>Qt y PySide6 se usan bajo la GNU Lesser General Public License v3; puedes sustituirlos por tu propia compilación de la misma versión.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Parley cannot open your conversations</source>
        <translation>Parley no puede abrir tus conversaciones</translation>
    </message>
    <message>
        <source>Nothing was changed. Once the problem is fixed, start Parley again.</source>
        <translation>No se ha cambiado nada. Cuando se resuelva el problema, vuelve a iniciar Parley.</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>The draft could not be saved: %1</source>
        <extracomment>How often a streaming answer is saved, and so how often the view shows more of it. A conversation&apos;s messages, title or preview changed (the sidebar shows it). A conversation was created for a first message typed into an empty view. The user asked to set up a model (open Settings › Models). (conversation id, streaming?) whenever an answer starts or ends. (conversation id, message id, status) once an answer has ended and been saved. (conversation id, title) when the model named a new conversation.</extracomment>
        <translation>No se pudo guardar el borrador: %1</translation>
    </message>
    <message>
        <source>Model settings not saved</source>
        <translation>No se guardó la configuración de los modelos</translation>
    </message>
    <message>
        <source>Cannot ask the model</source>
        <translation>No se puede consultar al modelo</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>Saved as a note. Set up a model to get answers.</source>
        <translation>Guardado como nota. Configura un modelo para recibir respuestas.</translation>
    </message>
    <message>
        <source>The answer failed</source>
        <translation>La respuesta ha fallado</translation>
    </message>
    <message>
        <source>An answer is still coming. Stop it first.</source>
        <translation>Todavía está llegando una respuesta. Detenla primero.</translation>
    </message>
    <message>
        <source>No model is set up yet.</source>
        <translation>Todavía no hay ningún modelo configurado.</translation>
    </message>
</context>
<context>
    <name>ChatError</name>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>wait a moment and try again.</source>
        <translation>espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>try again in 1 second.</source>
        <translation>vuelve a intentarlo dentro de 1 segundo.</translation>
    </message>
    <message>
        <source>try again in %1 seconds.</source>
        <translation>vuelve a intentarlo dentro de %1 segundos.</translation>
    </message>
    <message>
        <source>try again in %1 minutes.</source>
        <translation>vuelve a intentarlo dentro de %1 minutos.</translation>
    </message>
    <message>
        <source>API key refused (HTTP %1): check it in Settings › Models.</source>
        <extracomment>Kinds whose ``detail`` is the server&apos;s own explanation (the others carry Parley&apos;s diagnosis).</extracomment>
        <translation>Clave de API rechazada (HTTP %1): revísala en Configuración › Modelos.</translation>
    </message>
    <message>
        <source>Model not found on the server: choose another, or install it there.</source>
        <translation>No se encontró el modelo en el servidor: elige otro o instálalo allí.</translation>
    </message>
    <message>
        <source>No OpenAI-compatible API at this address (HTTP %1): check the base URL; it usually ends in /v1.</source>
        <translation>No hay ninguna API compatible con OpenAI en esta dirección (HTTP %1): revisa la URL base; normalmente termina en /v1.</translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429): %1</source>
        <translation>Demasiadas solicitudes (HTTP 429): %1</translation>
    </message>
    <message>
        <source>Server error (HTTP %1): try again later.</source>
        <translation>Error del servidor (HTTP %1): vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Request refused by the server (HTTP %1).</source>
        <translation>El servidor rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: is the server running, and is the base URL right?</source>
        <translation>No se puede conectar con %1: ¿está en marcha el servidor y es correcta la URL base?</translation>
    </message>
    <message>
        <source>No answer from %1 in time: the model may still be loading. Try again, or allow more time in Settings › Models.</source>
        <translation>%1 no respondió a tiempo: puede que el modelo aún se esté cargando. Vuelve a intentarlo o da más tiempo en Configuración › Modelos.</translation>
    </message>
    <message>
        <source>Connection lost before the answer was finished; what arrived is kept.</source>
        <translation>Se perdió la conexión antes de que terminara la respuesta; se conserva lo que llegó.</translation>
    </message>
    <message>
        <source>Unreadable answer from the server; what arrived is kept.</source>
        <translation>Respuesta ilegible del servidor; se conserva lo que llegó.</translation>
    </message>
    <message>
        <source>Not an OpenAI-compatible server: check the base URL.</source>
        <translation>No es un servidor compatible con OpenAI: revisa la URL base.</translation>
    </message>
    <message>
        <source>The server reported an error while answering.</source>
        <translation>El servidor informó de un error al responder.</translation>
    </message>
    <message>
        <source>No model chosen: pick one in the composer or in Settings › Models.</source>
        <translation>No se ha elegido ningún modelo: elige uno en el editor de mensajes o en Configuración › Modelos.</translation>
    </message>
    <message>
        <source>No model is set up: add one in Settings › Models.</source>
        <translation>No hay ningún modelo configurado: añade uno en Configuración › Modelos.</translation>
    </message>
    <message>
        <source>Unexpected answer from the server (HTTP %1).</source>
        <translation>Respuesta inesperada del servidor (HTTP %1).</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>El servidor dijo: %1</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Stop the answer (Esc)</source>
        <extracomment>Milliseconds after the last keystroke before the draft is written. The composer stays readable on wide windows, like the message column above it. (message id, new text): the user edited a message they had sent. (endpoint id, model)</extracomment>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Intro)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Message the model…</source>
        <translation>Escribe al modelo…</translation>
    </message>
    <message>
        <source>Write a note… (no model is set up yet)</source>
        <translation>Escribe una nota… (todavía no hay ningún modelo configurado)</translation>
    </message>
    <message>
        <source>System prompt ✓</source>
        <translation>Instrucciones del sistema ✓</translation>
    </message>
    <message>
        <source>System prompt in effect:
%1</source>
        <translation>Instrucciones del sistema en uso:
%1</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <source>Instructions the model gets before the conversation</source>
        <translation>Instrucciones que recibe el modelo antes de la conversación</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Editor de mensajes</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Editing your message — Enter saves, Esc cancels</source>
        <translation>Editando tu mensaje: Intro guarda, Esc cancela</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Set up a model…</source>
        <translation>Configurar un modelo…</translation>
    </message>
    <message>
        <source>Connect Parley to Ollama, LM Studio, OpenAI or any OpenAI-compatible server</source>
        <translation>Conecta Parley con Ollama, LM Studio, OpenAI o cualquier servidor compatible con OpenAI</translation>
    </message>
    <message>
        <source>Shift+Enter for a new line</source>
        <translation>Mayús+Intro para una nueva línea</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversación sin título</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message>
        <source>The conversation and all its messages will be removed from this computer. This cannot be undone.</source>
        <translation>La conversación y todos sus mensajes se eliminarán de este equipo. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete %1 conversations?</source>
        <translation>¿Eliminar %1 conversaciones?</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…y %1 más</translation>
    </message>
    <message>
        <source>They and all their messages will be removed from this computer. This cannot be undone.</source>
        <translation>Se eliminarán de este equipo junto con todos sus mensajes. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete Conversation</source>
        <translation>Eliminar conversación</translation>
    </message>
    <message>
        <source>Delete Conversations</source>
        <translation>Eliminar conversaciones</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>ConversationFind</name>
    <message>
        <source>Find failed</source>
        <extracomment>At most one re-find this often while messages change (a streaming answer), and never more than a third of the time: a find in 10,000 messages takes ~0.4 s of a worker. The current occurrence changed: (its 0-based index or -1, the number of occurrences).</extracomment>
        <translation>La búsqueda ha fallado</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <source>Conversation title</source>
        <extracomment>The user finished renaming: the new title (stripped, never empty).</extracomment>
        <translation>Título de la conversación</translation>
    </message>
    <message>
        <source>Double-click to rename</source>
        <translation>Haz doble clic para cambiar el nombre</translation>
    </message>
    <message>
        <source>New conversation title</source>
        <translation>Nuevo título de la conversación</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>Cambiar el nombre de la conversación</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 mensaje</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 mensajes</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New chat</source>
        <extracomment>True while a page is being read off the GUI thread. A page could not be read (the exception); the list keeps what it has.</extracomment>
        <translation>Nuevo chat</translation>
    </message>
</context>
<context>
    <name>ConversationMenu</name>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Dejar de fijar</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Desarchivar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Move to Project</source>
        <translation>Mover al proyecto</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
</context>
<context>
    <name>ConversationOps</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Could not start a new chat</source>
        <translation>No se pudo empezar un nuevo chat</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>No se pudo eliminar</translation>
    </message>
    <message>
        <source>Could not rename</source>
        <translation>No se pudo cambiar el nombre</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Copy</source>
        <extracomment>Where a message jumped to lands, from the top of the view. The user switched to another version of a message (conversation id). A message action: (&quot;regenerate&quot; | &quot;retry&quot; | &quot;edit&quot; | &quot;copy&quot;, message id). The user renamed the conversation in the header: (conversation id, new title). The header shows the new title at once; whoever listens saves it. Messages of the shown branch were added or changed (streaming, an edit, a reload). These messages&apos; Markdown rendering arrived (their documents changed).</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Could not show that message</source>
        <translation>No se pudo mostrar ese mensaje</translation>
    </message>
    <message>
        <source>Could not switch versions</source>
        <translation>No se pudo cambiar de versión</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Parley ran into a problem</source>
        <translation>Parley ha tenido un problema</translation>
    </message>
    <message>
        <source>Something went wrong inside Parley.</source>
        <translation>Algo ha fallado dentro de Parley.</translation>
    </message>
    <message>
        <source>Your conversations are safe: everything saved before this is still in the database. You can keep working, or restart Parley if something looks wrong.</source>
        <translation>Tus conversaciones están a salvo: todo lo guardado antes sigue en la base de datos. Puedes seguir trabajando o reiniciar Parley si algo no parece ir bien.</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>Los detalles se han guardado en %1.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No conversation open</source>
        <translation>No hay ninguna conversación abierta</translation>
    </message>
    <message>
        <source>Pick one from the list, or start a new chat (%1).</source>
        <translation>Elige una de la lista o empieza un nuevo chat (%1).</translation>
    </message>
    <message>
        <source>New Chat</source>
        <translation>Nuevo chat</translation>
    </message>
</context>
<context>
    <name>EndpointsPage</name>
    <message>
        <source>Models</source>
        <extracomment>(name, base URL, default model) offered by &quot;Add&quot;.</extracomment>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Sin nombre</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>Not needed for local servers</source>
        <translation>No hace falta para servidores locales</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Looking for the system keyring…</source>
        <translation>Buscando el llavero del sistema…</translation>
    </message>
    <message>
        <source>API keys are kept in the system keyring (%1), never in Parley’s files.</source>
        <translation>Las claves de API se guardan en el llavero del sistema (%1), nunca en los archivos de Parley.</translation>
    </message>
    <message>
        <source>No system keyring was found: API keys are kept only until Parley closes. Install or unlock one (GNOME Keyring, KWallet) to keep them.</source>
        <translation>No se encontró ningún llavero del sistema: las claves de API solo se conservan hasta que se cierre Parley. Instala o desbloquea uno (GNOME Keyring, KWallet) para guardarlas.</translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation>Obteniendo la lista de modelos…</translation>
    </message>
    <message>
        <source>The server lists no models; type the model’s name.</source>
        <translation>El servidor no ofrece ningún modelo; escribe el nombre del modelo.</translation>
    </message>
    <message>
        <source>1 model available.</source>
        <translation>1 modelo disponible.</translation>
    </message>
    <message>
        <source>%1 models available.</source>
        <translation>%1 modelos disponibles.</translation>
    </message>
    <message>
        <source>No model list: %1 You can type the model’s name.</source>
        <translation>No hay lista de modelos: %1 Puedes escribir el nombre del modelo.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>La prueba ha fallado: %1</translation>
    </message>
    <message>
        <source>Connected. %1 is available.</source>
        <translation>Conectado. %1 está disponible.</translation>
    </message>
    <message>
        <source>Connected. %1 answered.</source>
        <translation>Conectado. %1 ha respondido.</translation>
    </message>
    <message>
        <source>Connected. The server offers %1 models; choose a default one.</source>
        <translation>Conectado. El servidor ofrece %1 modelos; elige uno predeterminado.</translation>
    </message>
    <message>
        <source>Connected, but the server lists no models.</source>
        <translation>Conectado, pero el servidor no ofrece ningún modelo.</translation>
    </message>
    <message>
        <source>Other OpenAI-compatible server…</source>
        <translation>Otro servidor compatible con OpenAI…</translation>
    </message>
    <message>
        <source>My server</source>
        <translation>Mi servidor</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a model server</source>
        <translation>Añadir un servidor de modelos</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this model server</source>
        <translation>Quitar este servidor de modelos</translation>
    </message>
    <message>
        <source>Model servers</source>
        <translation>Servidores de modelos</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>Ollama: http://localhost:11434/v1 · LM Studio: http://localhost:1234/v1 · OpenAI: https://api.openai.com/v1</source>
        <translation>Ollama: http://localhost:11434/v1 · LM Studio: http://localhost:1234/v1 · OpenAI: https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Mostrar u ocultar la clave</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>&amp;Modelo predeterminado:</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modelo predeterminado</translation>
    </message>
    <message>
        <source>Choose or type a model name</source>
        <translation>Elige o escribe un nombre de modelo</translation>
    </message>
    <message>
        <source>Fetch the model list from the server</source>
        <translation>Obtener la lista de modelos del servidor</translation>
    </message>
    <message>
        <source>Fetch models</source>
        <translation>Obtener modelos</translation>
    </message>
    <message>
        <source>Show answers as they are written (streaming)</source>
        <translation>Mostrar las respuestas mientras se escriben (streaming)</translation>
    </message>
    <message>
        <source>Ask the model to title new conversations</source>
        <translation>Pedir al modelo que ponga título a las conversaciones nuevas</translation>
    </message>
    <message>
        <source>&amp;Wait for the server:</source>
        <translation>&amp;Esperar al servidor:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to wait for the next piece of an answer before giving up</source>
        <translation>Cuánto esperar el siguiente fragmento de una respuesta antes de darse por vencido</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No model is set up yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Parley talks to any server that speaks the OpenAI chat API: a model on this computer with Ollama, LM Studio or llama.cpp, or a service such as OpenAI or OpenRouter.&lt;/p&gt;&lt;p&gt;Click &lt;b&gt;Add&lt;/b&gt; to begin.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Todavía no hay ningún modelo configurado.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Parley funciona con cualquier servidor que hable la API de chat de OpenAI: un modelo en este equipo con Ollama, LM Studio o llama.cpp, o un servicio como OpenAI u OpenRouter.&lt;/p&gt;&lt;p&gt;Haz clic en &lt;b&gt;Añadir&lt;/b&gt; para empezar.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Unknown format “%1”; choose one of %2.</source>
        <extracomment>Other spellings of each format&apos;s extension that still mean &quot;one file&quot;.</extracomment>
        <translation>Formato desconocido «%1»; elige uno de estos: %2.</translation>
    </message>
    <message>
        <source>There is nothing to export: no conversations are in the chosen scope.</source>
        <translation>No hay nada que exportar: el ámbito elegido no contiene conversaciones.</translation>
    </message>
    <message>
        <source>Unknown output layout %1.</source>
        <translation>Forma de salida desconocida %1.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder; choose a new folder name.</source>
        <translation>%1 ya existe y no es una carpeta vacía; elige otro nombre de carpeta.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 es una carpeta; indica un nombre de archivo.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Conversations</source>
        <extracomment>(format, label, extension) in the order offered.</extracomment>
        <translation>Exportar conversaciones</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The selected conversations (%1)</source>
        <translation>Las conversaciones seleccionadas (%1)</translation>
    </message>
    <message>
        <source>The search results (%1)</source>
        <translation>Los resultados de la búsqueda (%1)</translation>
    </message>
    <message>
        <source>A project:</source>
        <translation>Un proyecto:</translation>
    </message>
    <message>
        <source>Everything (%1 conversations)</source>
        <translation>Todo (%1 conversaciones)</translation>
    </message>
    <message>
        <source>Project to export</source>
        <translation>Proyecto que se exportará</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Markdown: readable transcripts</source>
        <translation>Markdown: transcripciones legibles</translation>
    </message>
    <message>
        <source>Parley JSON: everything, for a backup or another computer</source>
        <translation>Parley JSON: todo, para una copia de seguridad u otro equipo</translation>
    </message>
    <message>
        <source>JSON Lines: one message per line, for data tools</source>
        <translation>JSON Lines: un mensaje por línea, para herramientas de datos</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>HTML: a web page, styled like Parley</source>
        <translation>HTML: una página web con el estilo de Parley</translation>
    </message>
    <message>
        <source>PDF: for printing and sharing</source>
        <translation>PDF: para imprimir y compartir</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>One file</source>
        <translation>Un archivo</translation>
    </message>
    <message>
        <source>A folder, one file per conversation, with an index</source>
        <translation>Una carpeta, un archivo por conversación, con un índice</translation>
    </message>
    <message>
        <source>A .zip archive, one file per conversation, with an index</source>
        <translation>Un archivo .zip, un archivo por conversación, con un índice</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>The open conversation</source>
        <translation>La conversación abierta</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversación sin título</translation>
    </message>
    <message>
        <source>The open conversation: %1</source>
        <translation>La conversación abierta: %1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Parley export %1</source>
        <translation>Exportación de Parley %1</translation>
    </message>
    <message>
        <source>Choose Where to Create the Export Folder</source>
        <translation>Elige dónde crear la carpeta de exportación</translation>
    </message>
    <message>
        <source>Export As</source>
        <translation>Exportar como</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Exporting conversations…</source>
        <translation>Exportando conversaciones…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Exported %1 conversation to %2</source>
        <translation>Se exportó %1 conversación a %2</translation>
    </message>
    <message>
        <source>Exported %1 conversations to %2</source>
        <translation>Se exportaron %1 conversaciones a %2</translation>
    </message>
    <message>
        <source>The export stopped with an error.</source>
        <translation>La exportación se detuvo por un error.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación ha fallado</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>No se ha escrito nada.</translation>
    </message>
</context>
<context>
    <name>ExportedFile</name>
    <message>
        <source>User</source>
        <extracomment>A reader sees these in the exported files; contexts say so to translators.</extracomment>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>adjunto</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversación sin título</translation>
    </message>
    <message>
        <source>Untitled</source>
        <extracomment>The file name of an untitled conversation in a folder or zip export.</extracomment>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Parley export</source>
        <translation>Exportación de Parley</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>Instrucciones del sistema:</translation>
    </message>
    <message>
        <source>Thinking:</source>
        <translation>Razonamiento:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation>No hay conversaciones</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijada</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivada</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Conversation id</source>
        <translation>ID de la conversación</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Exported from %1</source>
        <translation>Exportado desde %1</translation>
    </message>
    <message>
        <source>%1 export</source>
        <translation>Exportación de %1</translation>
    </message>
    <message>
        <source>%1 conversation, exported %2.</source>
        <translation>%1 conversación, exportada el %2.</translation>
    </message>
    <message>
        <source>%1 conversations, exported %2.</source>
        <translation>%1 conversaciones, exportadas el %2.</translation>
    </message>
    <message>
        <source>%1 message</source>
        <translation>%1 mensaje</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 mensajes</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>Buscar en la conversación</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Siguiente coincidencia (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Siguiente coincidencia</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Cerrar la búsqueda</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Your Data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <source>Space used:</source>
        <translation>Espacio usado:</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Show the data folder in your file manager</source>
        <translation>Mostrar la carpeta de datos en el gestor de archivos</translation>
    </message>
    <message>
        <source>Everything Parley keeps is in this folder: the database, its backups and the log. Start Parley with --data-dir to use another folder.</source>
        <translation>Todo lo que guarda Parley está en esta carpeta: la base de datos, sus copias de seguridad y el registro. Inicia Parley con --data-dir para usar otra carpeta.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The window switches language at once; a few texts follow after a restart.</source>
        <translation>La ventana cambia de idioma al instante; algunos textos cambian tras reiniciar.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>ChatGPT export</source>
        <translation>exportación de ChatGPT</translation>
    </message>
    <message>
        <source>is a %1, not a conversation object</source>
        <extracomment>Fields of a conversation that Parley stores in columns; the rest is kept in metadata.</extracomment>
        <translation>es un %1, no un objeto de conversación</translation>
    </message>
    <message>
        <source>has no messages (no “%1”); skipped</source>
        <translation>no tiene mensajes (falta «%1»); se omite</translation>
    </message>
    <message>
        <source>its “%1” is a %2, not an object</source>
        <translation>su «%1» es un %2, no un objeto</translation>
    </message>
    <message>
        <source>has no id; skipped</source>
        <translation>no tiene id; se omite</translation>
    </message>
    <message>
        <source>has no messages; skipped</source>
        <translation>no tiene mensajes; se omite</translation>
    </message>
    <message>
        <source>node %1 is a %2, not an object</source>
        <translation>el nodo %1 es un %2, no un objeto</translation>
    </message>
    <message>
        <source>node %1 has a message that is not an object</source>
        <translation>el nodo %1 tiene un mensaje que no es un objeto</translation>
    </message>
    <message>
        <source>message %1: unknown content type “%2” kept as it was</source>
        <translation>mensaje %1: tipo de contenido desconocido «%2», conservado tal cual</translation>
    </message>
    <message>
        <source>its current message is missing; showing the newest branch</source>
        <translation>falta su mensaje actual; se muestra la rama más reciente</translation>
    </message>
    <message>
        <source>Claude export</source>
        <translation>exportación de Claude</translation>
    </message>
    <message>
        <source>has no uuid; skipped</source>
        <translation>no tiene uuid; se omite</translation>
    </message>
    <message>
        <source>its “%1” is a %2, not a list</source>
        <translation>su «%1» es un %2, no una lista</translation>
    </message>
    <message>
        <source>message %1 is a %2, not an object</source>
        <translation>el mensaje %1 es un %2, no un objeto</translation>
    </message>
    <message>
        <source>%1 message whose parent is missing was kept as a separate branch</source>
        <translation>%1 mensaje cuyo mensaje anterior falta se conservó como una rama aparte</translation>
    </message>
    <message>
        <source>%1 messages whose parent is missing were kept as separate branches</source>
        <translation>%1 mensajes cuyo mensaje anterior falta se conservaron como ramas aparte</translation>
    </message>
    <message>
        <source>message %1: unknown block “%2” kept as it was</source>
        <translation>mensaje %1: bloque desconocido «%2», conservado tal cual</translation>
    </message>
    <message>
        <source>%1; the file may be incomplete (download the export again)</source>
        <extracomment>Sniffing reads at most one record; one larger than this is not worth guessing about. Records of an array looked at before giving up on recognising it. Filled from a Parley export&apos;s header while it is read.</extracomment>
        <translation>%1; puede que el archivo esté incompleto (vuelve a descargar la exportación)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <extracomment>The sum of an archive&apos;s declared sizes may not pass this. Real JSON exports deflate 5-20x; 200x on a large entry means a bomb, not chat history. Below this, any ratio is harmless. The operating system&apos;s reason (&quot;Permission denied&quot;) goes in as it is.</extracomment>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>is not a chat export Parley recognises (ChatGPT, Claude, Parley JSON or JSON Lines, or the browser chat history)</source>
        <translation>no es una exportación de chat que Parley reconozca (ChatGPT, Claude, Parley JSON o JSON Lines, o el historial de chat del navegador)</translation>
    </message>
    <message>
        <source>holds no conversations (its conversation files are empty)</source>
        <translation>no contiene conversaciones (sus archivos de conversaciones están vacíos)</translation>
    </message>
    <message>
        <source>holds no chat export Parley recognises</source>
        <translation>no contiene ninguna exportación de chat que Parley reconozca</translation>
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
        <translation>el archivo no es texto UTF-8 válido (%1)</translation>
    </message>
    <message>
        <source>expected %1 or %2 but found %3</source>
        <translation>se esperaba %1 o %2, pero se encontró %3</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>el final del archivo</translation>
    </message>
    <message>
        <source>expected %1 but found %2</source>
        <translation>se esperaba %1, pero se encontró %2</translation>
    </message>
    <message>
        <source>the file ends where a value was expected (truncated?)</source>
        <translation>el archivo termina donde se esperaba un valor (¿está truncado?)</translation>
    </message>
    <message>
        <source>one record is larger than %1 MB; this does not look like a chat export</source>
        <translation>un registro ocupa más de %1 MB; esto no parece una exportación de chat</translation>
    </message>
    <message>
        <source>the file ends in the middle of a record (truncated?)</source>
        <translation>el archivo termina a mitad de un registro (¿está truncado?)</translation>
    </message>
    <message>
        <source>invalid JSON (%1) near character %2</source>
        <translation>JSON no válido (%1) cerca del carácter %2</translation>
    </message>
    <message>
        <source>the file ends inside the list of records (truncated?)</source>
        <translation>el archivo termina dentro de la lista de registros (¿está truncado?)</translation>
    </message>
    <message>
        <source>expected a quoted key</source>
        <translation>se esperaba una clave entre comillas</translation>
    </message>
    <message>
        <source>the file ends inside an object (truncated?)</source>
        <translation>el archivo termina dentro de un objeto (¿está truncado?)</translation>
    </message>
    <message>
        <source>browser chat history</source>
        <translation>historial de chat del navegador</translation>
    </message>
    <message>
        <source>the stored history is not valid JSON (%1)</source>
        <translation>el historial guardado no es JSON válido (%1)</translation>
    </message>
    <message>
        <source>the stored history is not a list of messages</source>
        <translation>el historial guardado no es una lista de mensajes</translation>
    </message>
    <message>
        <source>the history holds no messages</source>
        <translation>el historial no contiene mensajes</translation>
    </message>
    <message>
        <source>Parley export</source>
        <extracomment>The newest version this Parley reads (and writes).</extracomment>
        <translation>exportación de Parley</translation>
    </message>
    <message>
        <source>Parley JSON Lines export</source>
        <translation>exportación JSON Lines de Parley</translation>
    </message>
    <message>
        <source>message %1: “%2” is not a %3</source>
        <extracomment>&quot;message 3f2a…: “content” is not a string&quot; (the key and its JSON type stay as they are).</extracomment>
        <translation>mensaje %1: «%2» no es un %3</translation>
    </message>
    <message>
        <source>is a Parley export without a valid format version</source>
        <translation>es una exportación de Parley sin una versión de formato válida</translation>
    </message>
    <message>
        <source>was written by a newer Parley (format version %1; this one reads up to %2). Update Parley to import it.</source>
        <translation>la escribió una versión más reciente de Parley (versión de formato %1; esta lee hasta la %2). Actualiza Parley para importarla.</translation>
    </message>
    <message>
        <source>the field “%1” is missing or not a %2</source>
        <translation>el campo «%1» falta o no es un %2</translation>
    </message>
    <message>
        <source>message %1: “%2” is missing or not a %3</source>
        <translation>mensaje %1: «%2» falta o no es un %3</translation>
    </message>
    <message>
        <source>message %1 is not an object</source>
        <translation>el mensaje %1 no es un objeto</translation>
    </message>
    <message>
        <source>message %1 has an unknown role “%2”</source>
        <translation>el mensaje %1 tiene un rol desconocido «%2»</translation>
    </message>
    <message>
        <source>message %1 has an unknown status “%2”</source>
        <translation>el mensaje %1 tiene un estado desconocido «%2»</translation>
    </message>
    <message>
        <source>“%1” is not an object</source>
        <translation>«%1» no es un objeto</translation>
    </message>
    <message>
        <source>“%1” is not a list of strings</source>
        <translation>«%1» no es una lista de cadenas</translation>
    </message>
    <message>
        <source>line %1 is not a Parley message line</source>
        <translation>la línea %1 no es una línea de mensaje de Parley</translation>
    </message>
    <message>
        <source>conversation %1 (“%2”)</source>
        <translation>conversación %1 («%2»)</translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation>conversación %1</translation>
    </message>
    <message>
        <source>could not be read (%1: %2)</source>
        <translation>no se pudo leer (%1: %2)</translation>
    </message>
    <message>
        <source>after conversation %1</source>
        <translation>después de la conversación %1</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>al principio</translation>
    </message>
    <message>
        <source>unexpected data after the end of the export</source>
        <translation>datos inesperados después del final de la exportación</translation>
    </message>
    <message>
        <source>has an unsupported format %1</source>
        <translation>tiene un formato no admitido %1</translation>
    </message>
    <message>
        <source>the entry is larger than its archive declares; refusing to read on</source>
        <translation>la entrada es más grande de lo que declara su archivo comprimido; se deja de leer</translation>
    </message>
    <message>
        <source>is %1 GB, far larger than any chat export; refusing it</source>
        <translation>ocupa %1 GB, mucho más que cualquier exportación de chat; se rechaza</translation>
    </message>
    <message>
        <source>holds too many files to be a chat export</source>
        <translation>contiene demasiados archivos para ser una exportación de chat</translation>
    </message>
    <message>
        <source>cannot be read from the archive (%1)</source>
        <translation>no se puede leer del archivo comprimido (%1)</translation>
    </message>
    <message>
        <source>is damaged inside the archive (the zip may be truncated or corrupt)</source>
        <translation>está dañado dentro del archivo comprimido (puede que el zip esté truncado o corrupto)</translation>
    </message>
    <message>
        <source>is not a readable zip archive (it may be truncated: download the export again)</source>
        <translation>no es un archivo zip legible (puede estar truncado: vuelve a descargar la exportación)</translation>
    </message>
    <message>
        <source>holds %1 entries, too many for a chat export</source>
        <translation>contiene %1 entradas, demasiadas para una exportación de chat</translation>
    </message>
    <message>
        <source>declares an entry %1 of %2 GB; refusing it</source>
        <translation>declara una entrada %1 de %2 GB; se rechaza</translation>
    </message>
    <message>
        <source>looks like a zip bomb: %1 would inflate %2 times to %3 MB; refusing it</source>
        <translation>parece una bomba zip: %1 se expandiría %2 veces hasta %3 MB; se rechaza</translation>
    </message>
    <message>
        <source>would inflate to %1 GB, far more than any chat export; refusing it</source>
        <translation>se expandiría hasta %1 GB, mucho más que cualquier exportación de chat; se rechaza</translation>
    </message>
    <message>
        <source>a message id is already used by another conversation (%1)</source>
        <extracomment>Messages buffered before an ``executemany``.</extracomment>
        <translation>otra conversación ya usa un id de mensaje (%1)</translation>
    </message>
    <message>
        <source>some ids clash with data already in Parley under other ids (%1)</source>
        <translation>algunos id coinciden con datos que ya están en Parley con otros id (%1)</translation>
    </message>
    <message>
        <source>message id %1 appears twice</source>
        <translation>el id de mensaje %1 aparece dos veces</translation>
    </message>
    <message>
        <source>“%2”: %1 message had a missing parent and starts its own branch</source>
        <translation>«%2»: a %1 mensaje le faltaba el mensaje anterior y empieza su propia rama</translation>
    </message>
    <message>
        <source>“%2”: %1 messages had a missing parent and start their own branch</source>
        <translation>«%2»: a %1 mensajes les faltaba el mensaje anterior y empiezan su propia rama</translation>
    </message>
    <message>
        <source>“%1”: a loop in the message tree was broken</source>
        <translation>«%1»: se rompió un bucle en el árbol de mensajes</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Conversations</source>
        <translation>Importar conversaciones</translation>
    </message>
    <message>
        <source>Choose a ChatGPT or Claude data export (the .zip, or its conversations.json), a Parley export, or a saved browser chat history. Importing the same export again never adds anything twice.</source>
        <translation>Elige una exportación de datos de ChatGPT o Claude (el .zip o su conversations.json), una exportación de Parley o un historial de chat guardado del navegador. Importar otra vez la misma exportación nunca duplica nada.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Archivos que se importarán</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>As in the export (others to the first project)</source>
        <translation>Como en la exportación (las demás, al primer proyecto)</translation>
    </message>
    <message>
        <source>Put conversations in:</source>
        <translation>Guardar las conversaciones en:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Choose Exports to Import</source>
        <translation>Elige las exportaciones que quieres importar</translation>
    </message>
    <message>
        <source>Chat exports (%1);;All files (*)</source>
        <translation>Exportaciones de chat (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose an Unpacked Export</source>
        <translation>Elige una exportación descomprimida</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Reading… %1%</source>
        <translation>Leyendo… %1 %</translation>
    </message>
    <message>
        <source>Cannot be imported: %1</source>
        <translation>No se puede importar: %1</translation>
    </message>
    <message>
        <source>%1 entry will be skipped</source>
        <translation>Se omitirá %1 entrada</translation>
    </message>
    <message>
        <source>%1 entries will be skipped</source>
        <translation>Se omitirán %1 entradas</translation>
    </message>
    <message>
        <source>No files chosen yet. You can also drop files onto the main window.</source>
        <translation>Todavía no has elegido ningún archivo. También puedes soltar archivos en la ventana principal.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Leyendo los archivos…</translation>
    </message>
    <message>
        <source>Nothing here can be imported.</source>
        <translation>No hay nada que se pueda importar.</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>Encontrado: %1.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Importing conversations…</source>
        <translation>Importando conversaciones…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>La importación ha fallado</translation>
    </message>
    <message>
        <source>The import stopped with an error; nothing from the file in progress was saved.</source>
        <translation>La importación se detuvo por un error; no se guardó nada del archivo que se estaba procesando.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1 conversation</source>
        <extracomment>Warnings kept per file; beyond this only their number is.</extracomment>
        <translation>%1 conversación</translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation>%1 conversaciones</translation>
    </message>
    <message>
        <source>%1 message</source>
        <translation>%1 mensaje</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 mensajes</translation>
    </message>
    <message>
        <source>%1, %2 from several exports</source>
        <translation>%1, %2 (varias exportaciones)</translation>
    </message>
    <message>
        <source>%1, %2 from a %3</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1 new message</source>
        <translation>%1 mensaje nuevo</translation>
    </message>
    <message>
        <source>%1 new messages</source>
        <translation>%1 mensajes nuevos</translation>
    </message>
    <message>
        <source>Added %1, updated %2, skipped %3 conversations (%4)</source>
        <translation>Conversaciones: %1 añadidas, %2 actualizadas, %3 omitidas (%4)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The format&apos;s name (&quot;ChatGPT export&quot;), once recognised. Why the file was not imported (``ImportFailed.text``), or None.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>cancelled; nothing from this file was saved</source>
        <translation>cancelado; no se guardó nada de este archivo</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>no importado: %1</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 skipped (%4)</source>
        <translation>%1 añadidas, %2 actualizadas, %3 omitidas (%4)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>%1 advertencia</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 advertencias</translation>
    </message>
    <message>
        <source>%1 file not imported</source>
        <translation>%1 archivo no importado</translation>
    </message>
    <message>
        <source>%1 files not imported</source>
        <translation>%1 archivos no importados</translation>
    </message>
    <message>
        <source>Parley import report %1</source>
        <translation>Informe de importación de Parley %1</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>encontrado: %1</translation>
    </message>
    <message>
        <source>result: %1</source>
        <translation>resultado: %1</translation>
    </message>
    <message>
        <source>new project: %1</source>
        <translation>proyecto nuevo: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>… and %1 more warning</source>
        <translation>… y %1 advertencia más</translation>
    </message>
    <message>
        <source>… and %1 more warnings</source>
        <translation>… y %1 advertencias más</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>Guardar informe…</translation>
    </message>
    <message>
        <source>Cancelled: nothing from the file in progress was saved; files finished before it were.</source>
        <translation>Cancelado: no se guardó nada del archivo en curso; los archivos terminados antes sí se guardaron.</translation>
    </message>
    <message>
        <source>%1 file could not be imported and changed nothing; see below.</source>
        <translation>%1 archivo no se pudo importar y no cambió nada; consulta los detalles abajo.</translation>
    </message>
    <message>
        <source>%1 files could not be imported and changed nothing; see below.</source>
        <translation>%1 archivos no se pudieron importar y no cambiaron nada; consulta los detalles abajo.</translation>
    </message>
    <message>
        <source>%1 warning below.</source>
        <translation>%1 advertencia, más abajo.</translation>
    </message>
    <message>
        <source>%1 warnings below.</source>
        <translation>%1 advertencias, más abajo.</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Guardar el informe de importación</translation>
    </message>
    <message>
        <source>Parley import report</source>
        <translation>Informe de importación de Parley</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>No se pudo guardar el informe</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import conversations exported from ChatGPT or Claude</source>
        <translation>Importar conversaciones exportadas de ChatGPT o Claude</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the selected conversations</source>
        <translation>Exportar las conversaciones seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Delete Conversation</source>
        <translation>&amp;Eliminar conversación</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>Mostrar barra &amp;lateral</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Tamaño &amp;original</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;About Parley</source>
        <translation>&amp;Acerca de Parley</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Abrir carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>Not available in this version yet</source>
        <translation>Todavía no está disponible en esta versión</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>General</source>
        <extracomment>Emitted once, after the window has painted for the first time. Emitted when the conversation view has been created (after the first paint). The conversation on the right changed (id, or &quot;&quot; for none). Chat (composer, model endpoints), built with the conversation view.</extracomment>
        <translation>General</translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation>Tamaño del texto: %1 %</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>Se eliminó «%1»</translation>
    </message>
    <message>
        <source>Deleted %1 conversations</source>
        <translation>Se eliminaron %1 conversaciones</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>You</source>
        <extracomment>Visible messages read when a conversation opens (more if they do not fill the view). Older messages read each time the user scrolls to the top.</extracomment>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
</context>
<context>
    <name>MessageListView</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy Message</source>
        <translation>Copiar mensaje</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>Copiar dirección del enlace</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Messages</source>
        <extracomment>The user clicked a footer action: (name, message id). &quot;copy&quot; after copying. The user asked for another version of a message: (message id, -1 or +1). A web or mail link was opened in the system browser. The first paint after a conversation was opened (emitted at the end of that paint event: connected slots must not paint).</extracomment>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Todavía no hay mensajes</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>Código copiado</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>Tokens: %1 in, %2 out</source>
        <translation>Tokens: %1 de entrada, %2 de salida</translation>
    </message>
    <message>
        <source>First word after %1 s, finished after %2 s</source>
        <translation>Primera palabra a los %1 s, terminado a los %2 s</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompleto</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar mensaje</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Editar mensaje</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>Regenerar respuesta</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versión siguiente</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>%1 (choose a model in Settings)</source>
        <translation>%1 (elige un modelo en Configuración)</translation>
    </message>
    <message>
        <source>The model that answers</source>
        <translation>El modelo que responde</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
</context>
<context>
    <name>ProjectSelector</name>
    <message>
        <source>New Project…</source>
        <extracomment>Item data marking the &quot;New Project…&quot; entry (project entries hold the project id).</extracomment>
        <translation>Nuevo proyecto…</translation>
    </message>
</context>
<context>
    <name>SampleLoader</name>
    <message>
        <source>Samples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Creating sample conversations…</source>
        <translation>Creando conversaciones de ejemplo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sample Conversations</source>
        <translation>Conversaciones de ejemplo</translation>
    </message>
    <message>
        <source>Sample conversations added to the “%1” project</source>
        <translation>Se añadieron conversaciones de ejemplo al proyecto «%1»</translation>
    </message>
    <message>
        <source>Could not create the samples</source>
        <translation>No se pudieron crear los ejemplos</translation>
    </message>
</context>
<context>
    <name>ScrollToBottomButton</name>
    <message>
        <source>Scroll to the newest message</source>
        <translation>Ir al mensaje más reciente</translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <source>Search All Conversations…</source>
        <extracomment>The index is merged this long after the window first paints (start-up work comes first).</extracomment>
        <translation>Buscar en todas las conversaciones…</translation>
    </message>
    <message>
        <source>Search every conversation (Ctrl+Shift+F)</source>
        <translation>Buscar en todas las conversaciones (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Buscar anterior</translation>
    </message>
</context>
<context>
    <name>SearchHints</name>
    <message>
        <source>Add a word to search for: -word only leaves out matches.</source>
        <translation>Añade una palabra que buscar: -palabra solo excluye resultados.</translation>
    </message>
    <message>
        <source>Unknown role “%1”: use role:user or role:assistant.</source>
        <translation>Rol desconocido «%1»: usa role:user o role:assistant.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD, for example 2026-03-01.</source>
        <translation>«%1» no es una fecha: escríbela como AAAA-MM-DD, por ejemplo 2026-03-01.</translation>
    </message>
    <message>
        <source>Unknown in:%1: use in:archived or in:all.</source>
        <translation>in:%1 desconocido: usa in:archived o in:all.</translation>
    </message>
    <message>
        <source>%1: needs a value, for example %1:something.</source>
        <translation>%1: necesita un valor, por ejemplo %1:algo.</translation>
    </message>
    <message>
        <source>Type at least 3 letters before * (searching “%1” as a word).</source>
        <translation>Escribe al menos 3 letras antes de * (se busca «%1» como palabra).</translation>
    </message>
    <message>
        <source>Filters cannot be negated: -%1 was ignored.</source>
        <translation>Los filtros no se pueden negar: se ha ignorado -%1.</translation>
    </message>
    <message>
        <source>after:%1 is not before before:%2: nothing can match.</source>
        <translation>after:%1 no es anterior a before:%2: no puede haber coincidencias.</translation>
    </message>
    <message>
        <source>There is no project named “%1”.</source>
        <translation>No hay ningún proyecto llamado «%1».</translation>
    </message>
    <message>
        <source>There is no tag named “%1”.</source>
        <translation>No hay ninguna etiqueta llamada «%1».</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n match(es): %2</source>
        <translation>
            <numerusform>%1, %n coincidencia: %2</numerusform>
            <numerusform>%1, %n coincidencias: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Search conversations</source>
        <extracomment>Above this many changed conversations, re-read the list instead of placing each row. The sidebar itself changed these conversations in the store (renamed, pinned, archived, moved): views showing them may want to refresh their header.</extracomment>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Project: each keeps its own history</source>
        <translation>Proyecto: cada uno tiene su propio historial</translation>
    </message>
    <message>
        <source>No projects</source>
        <translation>No hay proyectos</translation>
    </message>
    <message>
        <source>Show archived conversations</source>
        <translation>Mostrar conversaciones archivadas</translation>
    </message>
    <message>
        <source>Archived conversations</source>
        <translation>Conversaciones archivadas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>New Chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Empezar una conversación nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Configuración (Ctrl+,)</translation>
    </message>
    <message>
        <source>Could not load conversations</source>
        <translation>No se pudieron cargar las conversaciones</translation>
    </message>
    <message>
        <source>Could not load projects</source>
        <translation>No se pudieron cargar los proyectos</translation>
    </message>
    <message>
        <source>No conversations match “%1”.</source>
        <translation>Ninguna conversación coincide con «%1».</translation>
    </message>
    <message>
        <source>No archived conversations.</source>
        <translation>No hay conversaciones archivadas.</translation>
    </message>
    <message>
        <source>Create a project to start.</source>
        <translation>Crea un proyecto para empezar.</translation>
    </message>
    <message>
        <source>No conversations yet.
Start one with New Chat.</source>
        <translation>Todavía no hay conversaciones.
Empieza una con «Nuevo chat».</translation>
    </message>
    <message>
        <source>Rename Conversation</source>
        <translation>Cambiar el nombre de la conversación</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Could not rename the conversation</source>
        <translation>No se pudo cambiar el nombre de la conversación</translation>
    </message>
    <message>
        <source>Could not pin the conversations</source>
        <translation>No se pudieron fijar las conversaciones</translation>
    </message>
    <message>
        <source>Could not archive the conversations</source>
        <translation>No se pudieron archivar las conversaciones</translation>
    </message>
    <message>
        <source>Could not move the conversations</source>
        <translation>No se pudieron mover las conversaciones</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Each project keeps its own conversations.
Name:</source>
        <translation>Cada proyecto tiene sus propias conversaciones.
Nombre:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Could not create the project</source>
        <translation>No se pudo crear el proyecto</translation>
    </message>
</context>
<context>
    <name>SidebarLabels</name>
    <message>
        <source>Pinned</source>
        <translation>Fijadas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Last 7 Days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 Days</source>
        <translation>Últimos 30 días</translation>
    </message>
</context>
<context>
    <name>SidebarSearch</name>
    <message>
        <source>Searching…</source>
        <extracomment>Typing pauses this long before a query runs. A result was opened: (conversation id, message id or &quot;&quot;, the query text). The sidebar&apos;s ``conversation_activated`` is emitted just before. A search finished and its results are shown (for tests and the status line).</extracomment>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No conversations match “%1”.</source>
        <translation>Ninguna conversación coincide con «%1».</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda ha fallado: %1</translation>
    </message>
</context>
<context>
    <name>SystemPromptDialog</name>
    <message>
        <source>System Prompt</source>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>Esta conversación</translation>
    </message>
    <message>
        <source>System prompt for this conversation</source>
        <translation>Instrucciones del sistema para esta conversación</translation>
    </message>
    <message>
        <source>Empty: the project’s prompt below is used.</source>
        <translation>Vacío: se usan las instrucciones del proyecto, más abajo.</translation>
    </message>
    <message>
        <source>Every conversation in “%1”</source>
        <translation>Todas las conversaciones de «%1»</translation>
    </message>
    <message>
        <source>System prompt for the project</source>
        <translation>Instrucciones del sistema para el proyecto</translation>
    </message>
    <message>
        <source>For example: Answer briefly. Use metric units.</source>
        <translation>Por ejemplo: Responde con brevedad. Usa unidades métricas.</translation>
    </message>
    <message>
        <source>The model reads the system prompt before every message. A conversation’s own prompt replaces the project’s.</source>
        <translation>El modelo lee las instrucciones del sistema antes de cada mensaje. Las instrucciones propias de una conversación sustituyen a las del proyecto.</translation>
    </message>
</context>
<context>
    <name>TransferProgress</name>
    <message>
        <source>Cancel</source>
        <extracomment>The dialog&apos;s bar counts in these steps (Qt&apos;s range is int; byte counts are not).</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to %1</source>
        <extracomment>Below this width the three cards stack instead of sitting side by side.</extracomment>
        <translation>Te damos la bienvenida a %1</translation>
    </message>
    <message>
        <source>A home for your AI conversations, kept on this computer. Chat with any OpenAI-compatible model, bring in your ChatGPT and Claude history, and find anything you ever discussed.</source>
        <translation>Un hogar para tus conversaciones con IA, guardadas en este equipo. Chatea con cualquier modelo compatible con OpenAI, trae tu historial de ChatGPT y Claude y encuentra todo lo que hayas hablado.</translation>
    </message>
    <message>
        <source>Start a Chat</source>
        <translation>Empezar un chat</translation>
    </message>
    <message>
        <source>Open a new conversation and talk to a model.</source>
        <translation>Abre una conversación nueva y habla con un modelo.</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Importar historial</translation>
    </message>
    <message>
        <source>Bring in conversations exported from ChatGPT or Claude.</source>
        <translation>Trae las conversaciones que exportaste de ChatGPT o Claude.</translation>
    </message>
    <message>
        <source>Explore Samples</source>
        <translation>Explorar ejemplos</translation>
    </message>
    <message>
        <source>Load sample conversations, in their own “Samples” project, to look around.</source>
        <translation>Carga conversaciones de ejemplo, en su propio proyecto «Ejemplos», para echar un vistazo.</translation>
    </message>
    <message>
        <source>Your conversations are stored in %1 and never leave this computer unless you send them to a model.</source>
        <translation>Tus conversaciones se guardan en %1 y nunca salen de este equipo, salvo que las envíes a un modelo.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>System default</source>
        <extracomment>The language the source strings are written in: it needs no translator.</extracomment>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>notify</name>
    <message>
        <source>The database%1 is in use by another program. Close other copies of Parley and try again.</source>
        <translation>La base de datos%1 está en uso por otro programa. Cierra las demás copias de Parley y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The database%1 is damaged. Run “parley check” for details; Parley keeps backups named parley.db.bak-* in the same folder.</source>
        <translation>La base de datos%1 está dañada. Ejecuta «parley check» para ver los detalles; Parley guarda copias de seguridad llamadas parley.db.bak-* en la misma carpeta.</translation>
    </message>
    <message>
        <source>The database%1 cannot be written: the disk or folder is read-only. Fix its permissions or start Parley with --data-dir pointing to another folder.</source>
        <translation>No se puede escribir en la base de datos%1: el disco o la carpeta son de solo lectura. Corrige sus permisos o inicia Parley con --data-dir apuntando a otra carpeta.</translation>
    </message>
    <message>
        <source>The disk holding the database%1 is full. Nothing was saved; free some space and try again.</source>
        <translation>El disco que contiene la base de datos%1 está lleno. No se ha guardado nada; libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The database%1 could not be written: the disk reported an error (it may be full, removed or failing). Nothing was saved; free some space or check the disk and try again.</source>
        <translation>No se pudo escribir la base de datos%1: el disco informó de un error (puede estar lleno, desconectado o averiado). No se guardó nada; libere espacio o revise el disco e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The database%1 was written by a newer version of Parley. Install the newer version to open it.</source>
        <translation>La base de datos%1 la creó una versión más reciente de Parley. Instala esa versión para abrirla.</translation>
    </message>
    <message>
        <source>The item was not found; it may have been deleted in another window.</source>
        <translation>No se encontró el elemento; puede que se haya eliminado en otra ventana.</translation>
    </message>
</context>
</TS>
