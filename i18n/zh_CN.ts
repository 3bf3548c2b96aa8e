<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>ChatGPT export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claude export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parley export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parley JSON Lines export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>browser chat history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2 from a %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added %1, updated %2, skipped %3 conversations (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 new message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 new messages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <extracomment>(component, distribution name for its version, licence, homepage)</extracomment>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Your AI conversations, kept on your own machine: searchable, exportable, yours.</source>
        <translation>你的 AI 对话，保存在你自己的电脑上：可搜索、可导出，完全属于你。</translation>
    </message>
    <message>
        <source>Your data is stored in:</source>
        <translation>你的数据保存在：</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>%1 is free software under the %2 licence. It is built on these components:</source>
        <translation>%1 是以 %2 许可证发布的自由软件，基于以下组件构建：</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3; you may replace them with your own build of the same version.</source>
        <translation>Qt 和 PySide6 依据 GNU 宽通用公共许可证第 3 版（LGPLv3）使用；你可以用自己构建的同版本替换它们。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Parley cannot open your conversations</source>
        <translation>Parley 无法打开你的对话</translation>
    </message>
    <message>
        <source>Nothing was changed. Once the problem is fixed, start Parley again.</source>
        <translation>没有做任何更改。问题解决后，请重新启动 Parley。</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>The draft could not be saved: %1</source>
        <extracomment>How often a streaming answer is saved, and so how often the view shows more of it. A conversation's messages, title or preview changed (the sidebar shows it). A conversation was created for a first message typed into an empty view. The user asked to set up a model (open Settings › Models). (conversation id, streaming?) whenever an answer starts or ends. (conversation id, message id, status) once an answer has ended and been saved. (conversation id, title) when the model named a new conversation.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model settings not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot ask the model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as a note. Set up a model to get answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An answer is still coming. Stop it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No model is set up yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Stop the answer (Esc)</source>
        <extracomment>Milliseconds after the last keystroke before the draft is written. The composer stays readable on wide windows, like the message column above it. (message id, new text): the user edited a message they had sent. (endpoint id, model)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message the model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a note… (no model is set up yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System prompt ✓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System prompt in effect:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructions the model gets before the conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Composer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editing your message — Enter saves, Esc cancels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up a model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect Parley to Ollama, LM Studio, OpenAI or any OpenAI-compatible server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift+Enter for a new line</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <source>Untitled conversation</source>
        <translation>未命名对话</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message>
        <source>The conversation and all its messages will be removed from this computer. This cannot be undone.</source>
        <translation>该对话及其所有消息将从这台电脑上删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete %1 conversations?</source>
        <translation>删除 %1 个对话？</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>……以及另外 %1 个</translation>
    </message>
    <message>
        <source>They and all their messages will be removed from this computer. This cannot be undone.</source>
        <translation>这些对话及其所有消息将从这台电脑上删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete Conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <source>Delete Conversations</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <source>Conversation title</source>
        <extracomment>The user finished renaming: the new title (stripped, never empty).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click to rename</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New conversation title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished">新对话</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 messages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New chat</source>
        <extracomment>True while a page is being read off the GUI thread. A page could not be read (the exception); the list keeps what it has.</extracomment>
        <translation>新对话</translation>
    </message>
</context>
<context>
    <name>ConversationMenu</name>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Move to Project</source>
        <translation>移至项目</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>ConversationOps</name>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Could not start a new chat</source>
        <translation>无法开始新对话</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Could not rename</source>
        <translation>无法重命名</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Copy</source>
        <extracomment>Where a message jumped to lands, from the top of the view. The user switched to another version of a message (conversation id). A message action: ("regenerate" | "retry" | "edit" | "copy", message id). The user renamed the conversation in the header: (conversation id, new title). The header shows the new title at once; whoever listens saves it.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not show that message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not switch versions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Parley ran into a problem</source>
        <translation>Parley 遇到了问题</translation>
    </message>
    <message>
        <source>Something went wrong inside Parley.</source>
        <translation>Parley 内部出现了错误。</translation>
    </message>
    <message>
        <source>Your conversations are safe: everything saved before this is still in the database. You can keep working, or restart Parley if something looks wrong.</source>
        <translation>你的对话是安全的：在此之前保存的所有内容仍在数据库中。你可以继续使用；如果有什么看起来不对，请重新启动 Parley。</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>详细信息已写入 %1。</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No conversation open</source>
        <translation>没有打开的对话</translation>
    </message>
    <message>
        <source>Pick one from the list, or start a new chat (%1).</source>
        <translation>从列表中选择一个对话，或开始新对话（%1）。</translation>
    </message>
    <message>
        <source>New Chat</source>
        <translation>新对话</translation>
    </message>
</context>
<context>
    <name>EndpointsPage</name>
    <message>
        <source>Models</source>
        <extracomment>(name, base URL, default model) offered by "Add".</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unnamed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not needed for local servers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for the system keyring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API keys are kept in the system keyring (%1), never in Parley’s files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keyring was found: API keys are kept only until Parley closes. Install or unlock one (GNOME Keyring, KWallet) to keep them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server lists no models; type the model’s name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 model available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 models available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No model list: %1 You can type the model’s name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected. %1 is available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected. %1 answered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected. The server offers %1 models; choose a default one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected, but the server lists no models.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other OpenAI-compatible server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a model server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this model server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model servers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ollama: http://localhost:11434/v1 · LM Studio: http://localhost:1234/v1 · OpenAI: https://api.openai.com/v1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose or type a model name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetch the model list from the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetch models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show answers as they are written (streaming)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the model to title new conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Wait for the server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long to wait for the next piece of an answer before giving up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No model is set up yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Parley talks to any server that speaks the OpenAI chat API: a model on this computer with Ollama, LM Studio or llama.cpp, or a service such as OpenAI or OpenRouter.&lt;/p&gt;&lt;p&gt;Click &lt;b&gt;Add&lt;/b&gt; to begin.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Conversations</source>
        <extracomment>(format, label, extension) in the order offered.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected conversations (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The search results (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A project:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything (%1 conversations)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown: readable transcripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parley JSON: everything, for a backup or another computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON Lines: one message per line, for data tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTML: a web page, styled like Parley</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF: for printing and sharing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A folder, one file per conversation, with an index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A .zip archive, one file per conversation, with an index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished">导出…</translation>
    </message>
    <message>
        <source>The open conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation type="unfinished">未命名对话</translation>
    </message>
    <message>
        <source>The open conversation: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose Where to Create the Export Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export As</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting conversations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported %1 conversation to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported %1 conversations to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export stopped with an error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>正在计算……</translation>
    </message>
    <message>
        <source>Your Data</source>
        <translation>你的数据</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Space used:</source>
        <translation>已用空间：</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Show the data folder in your file manager</source>
        <translation>在文件管理器中显示数据文件夹</translation>
    </message>
    <message>
        <source>Everything Parley keeps is in this folder: the database, its backups and the log. Start Parley with --data-dir to use another folder.</source>
        <translation>Parley 保存的所有内容都在这个文件夹中：数据库、数据库备份和日志。使用 --data-dir 启动 Parley 可以改用其他文件夹。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The window switches language at once; a few texts follow after a restart.</source>
        <translation>窗口会立即切换语言；少数文字在重新启动后才会更新。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a ChatGPT or Claude data export (the .zip, or its conversations.json), a Parley export, or a saved browser chat history. Importing the same export again never adds anything twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished">项目</translation>
    </message>
    <message>
        <source>As in the export (others to the first project)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put conversations in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose Exports to Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chat exports (%1);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an Unpacked Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading… %1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot be imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 entry will be skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 entries will be skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No files chosen yet. You can also drop files onto the main window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing here can be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>several exports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Found %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing conversations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import stopped with an error; nothing from the file in progress was saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: nothing from the file in progress was saved; files finished before it were.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 file could not be imported and changed nothing; see below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 files could not be imported and changed nothing; see below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 warning below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 warnings below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Import Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New Chat</source>
        <translation>新对话(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import conversations exported from ChatGPT or Claude</source>
        <translation>导入从 ChatGPT 或 Claude 导出的对话</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the selected conversations</source>
        <translation>导出选中的对话</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Delete Conversation</source>
        <translation>删除对话(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>显示侧边栏(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Parley</source>
        <translation>关于 Parley(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>Not available in this version yet</source>
        <translation>此版本中尚不可用</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>General</source>
        <extracomment>Emitted once, after the window has painted for the first time. Emitted when the conversation view has been created (after the first paint). The conversation on the right changed (id, or "" for none). Chat (composer, model endpoints), built with the conversation view.</extracomment>
        <translation>常规</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>已删除“%1”</translation>
    </message>
    <message>
        <source>Deleted %1 conversations</source>
        <translation>已删除 %1 个对话</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>You</source>
        <extracomment>Visible messages read when a conversation opens (more if they do not fill the view). Older messages read each time the user scrolls to the top.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished">跟随系统</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessageListView</name>
    <message>
        <source>Messages</source>
        <extracomment>The user clicked a footer action: (name, message id). "copy" after copying. The user asked for another version of a message: (message id, -1 or +1). A web or mail link was opened in the system browser. The first paint after a conversation was opened (emitted at the end of that paint event: connected slots must not paint).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No messages yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished">已复制</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>%1 (choose a model in Settings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model that answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProjectSelector</name>
    <message>
        <source>New Project…</source>
        <extracomment>Item data marking the "New Project…" entry (project entries hold the project id).</extracomment>
        <translation>新建项目…</translation>
    </message>
</context>
<context>
    <name>SampleLoader</name>
    <message>
        <source>Samples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Creating sample conversations…</source>
        <translation>正在创建示例对话……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sample Conversations</source>
        <translation>示例对话</translation>
    </message>
    <message>
        <source>Sample conversations added to the “%1” project</source>
        <translation>示例对话已添加到“%1”项目</translation>
    </message>
    <message>
        <source>Could not create the samples</source>
        <translation>无法创建示例</translation>
    </message>
</context>
<context>
    <name>ScrollToBottomButton</name>
    <message>
        <source>Scroll to the newest message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Search conversations</source>
        <extracomment>Typing pauses this long before the list is filtered. Above this many changed conversations, re-read the list instead of placing each row. The sidebar itself changed these conversations in the store (renamed, pinned, archived, moved): views showing them may want to refresh their header.</extracomment>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project: each keeps its own history</source>
        <translation>项目：每个项目都有自己的历史记录</translation>
    </message>
    <message>
        <source>No projects</source>
        <translation>没有项目</translation>
    </message>
    <message>
        <source>Show archived conversations</source>
        <translation>显示已归档的对话</translation>
    </message>
    <message>
        <source>Archived conversations</source>
        <translation>已归档的对话</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>New Chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>开始新对话（Ctrl+N）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>设置（Ctrl+,）</translation>
    </message>
    <message>
        <source>Could not load conversations</source>
        <translation>无法载入对话</translation>
    </message>
    <message>
        <source>Could not load projects</source>
        <translation>无法载入项目</translation>
    </message>
    <message>
        <source>No conversations match “%1”.</source>
        <translation>没有与“%1”匹配的对话。</translation>
    </message>
    <message>
        <source>No archived conversations.</source>
        <translation>没有已归档的对话。</translation>
    </message>
    <message>
        <source>Create a project to start.</source>
        <translation>先创建一个项目。</translation>
    </message>
    <message>
        <source>No conversations yet.
Start one with New Chat.</source>
        <translation>还没有对话。
点击“新对话”开始。</translation>
    </message>
    <message>
        <source>Rename Conversation</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Could not rename the conversation</source>
        <translation>无法重命名对话</translation>
    </message>
    <message>
        <source>Could not pin the conversations</source>
        <translation>无法置顶对话</translation>
    </message>
    <message>
        <source>Could not archive the conversations</source>
        <translation>无法归档对话</translation>
    </message>
    <message>
        <source>Could not move the conversations</source>
        <translation>无法移动对话</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Each project keeps its own conversations.
Name:</source>
        <translation>每个项目都保存各自的对话。
名称：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Could not create the project</source>
        <translation>无法创建项目</translation>
    </message>
</context>
<context>
    <name>SidebarLabels</name>
    <message>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Last 7 Days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Last 30 Days</source>
        <translation>过去 30 天</translation>
    </message>
</context>
<context>
    <name>SystemPromptDialog</name>
    <message>
        <source>System Prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System prompt for this conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty: the project’s prompt below is used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every conversation in “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System prompt for the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example: Answer briefly. Use metric units.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model reads the system prompt before every message. A conversation’s own prompt replaces the project’s.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TransferProgress</name>
    <message>
        <source>Cancel</source>
        <extracomment>The dialog's bar counts in these steps (Qt's range is int; byte counts are not).</extracomment>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to %1</source>
        <extracomment>Below this width the three cards stack instead of sitting side by side.</extracomment>
        <translation>欢迎使用 %1</translation>
    </message>
    <message>
        <source>A home for your AI conversations, kept on this computer. Chat with any OpenAI-compatible model, bring in your ChatGPT and Claude history, and find anything you ever discussed.</source>
        <translation>你的 AI 对话之家，保存在这台电脑上。与任何兼容 OpenAI 的模型聊天，导入你在 ChatGPT 和 Claude 中的历史记录，随时找到你讨论过的任何内容。</translation>
    </message>
    <message>
        <source>Start a Chat</source>
        <translation>开始对话</translation>
    </message>
    <message>
        <source>Open a new conversation and talk to a model.</source>
        <translation>新建一个对话，与模型交谈。</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>导入历史记录</translation>
    </message>
    <message>
        <source>Bring in conversations exported from ChatGPT or Claude.</source>
        <translation>导入从 ChatGPT 或 Claude 导出的对话。</translation>
    </message>
    <message>
        <source>Explore Samples</source>
        <translation>浏览示例</translation>
    </message>
    <message>
        <source>Load sample conversations, in their own “Samples” project, to look around.</source>
        <translation>载入示例对话（放在单独的“示例”项目中），先四处看看。</translation>
    </message>
    <message>
        <source>Your conversations are stored in %1 and never leave this computer unless you send them to a model.</source>
        <translation>你的对话保存在 %1，除非你把它们发送给模型，否则不会离开这台电脑。</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>System default</source>
        <extracomment>The language the source strings are written in: it needs no translator.</extracomment>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>notify</name>
    <message>
        <source>The database%1 is in use by another program. Close other copies of Parley and try again.</source>
        <extracomment>How long a status-bar message stays, in milliseconds.</extracomment>
        <translation>数据库%1正被其他程序使用。请关闭其他正在运行的 Parley，然后重试。</translation>
    </message>
    <message>
        <source>The database%1 is damaged. Run “parley check” for details; Parley keeps backups named parley.db.bak-* in the same folder.</source>
        <translation>数据库%1已损坏。运行“parley check”查看详情；Parley 会在同一文件夹中保留名为 parley.db.bak-* 的备份。</translation>
    </message>
    <message>
        <source>The database%1 cannot be written: the disk or folder is read-only. Fix its permissions or start Parley with --data-dir pointing to another folder.</source>
        <translation>无法写入数据库%1：磁盘或文件夹是只读的。请修改其权限，或使用 --data-dir 指定另一个文件夹来启动 Parley。</translation>
    </message>
    <message>
        <source>The disk holding the database%1 is full. Nothing was saved; free some space and try again.</source>
        <translation>存放数据库%1的磁盘已满。没有保存任何内容；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The database%1 was written by a newer version of Parley. Install the newer version to open it.</source>
        <translation>数据库%1是由更新版本的 Parley 写入的。请安装新版本后再打开它。</translation>
    </message>
    <message>
        <source>The item was not found; it may have been deleted in another window.</source>
        <translation>找不到该项目；它可能已在其他窗口中被删除。</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
