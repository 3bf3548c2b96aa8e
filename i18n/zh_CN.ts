<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Public Domain</source>
        <extracomment>(component, distribution name for its version, licence, homepage)</extracomment>
        <translation>公有领域</translation>
    </message>
    <message>
        <source>About %1</source>
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
        <extracomment>How often a streaming answer is saved, and so how often the view shows more of it. A conversation&apos;s messages, title or preview changed (the sidebar shows it). A conversation was created for a first message typed into an empty view. The user asked to set up a model (open Settings › Models). (conversation id, streaming?) whenever an answer starts or ends. (conversation id, message id, status) once an answer has ended and been saved. (conversation id, title) when the model named a new conversation.</extracomment>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <source>Model settings not saved</source>
        <translation>模型设置未保存</translation>
    </message>
    <message>
        <source>Cannot ask the model</source>
        <translation>无法向模型提问</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved as a note. Set up a model to get answers.</source>
        <translation>已保存为笔记。设置模型后即可获得回答。</translation>
    </message>
    <message>
        <source>The answer failed</source>
        <translation>回答失败</translation>
    </message>
    <message>
        <source>An answer is still coming. Stop it first.</source>
        <translation>仍在接收回答，请先停止它。</translation>
    </message>
    <message>
        <source>No model is set up yet.</source>
        <translation>尚未设置模型。</translation>
    </message>
</context>
<context>
    <name>ChatError</name>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>wait a moment and try again.</source>
        <translation>请稍等片刻再试。</translation>
    </message>
    <message>
        <source>try again in 1 second.</source>
        <translation>请在 1 秒后重试。</translation>
    </message>
    <message>
        <source>try again in %1 seconds.</source>
        <translation>请在 %1 秒后重试。</translation>
    </message>
    <message>
        <source>try again in %1 minutes.</source>
        <translation>请在 %1 分钟后重试。</translation>
    </message>
    <message>
        <source>API key refused (HTTP %1): check it in Settings › Models.</source>
        <extracomment>Kinds whose ``detail`` is the server&apos;s own explanation (the others carry Parley&apos;s diagnosis).</extracomment>
        <translation>API 密钥被拒绝（HTTP %1）：请在“设置 › 模型”中检查。</translation>
    </message>
    <message>
        <source>Model not found on the server: choose another, or install it there.</source>
        <translation>服务器上找不到该模型：请选择其他模型，或在服务器上安装它。</translation>
    </message>
    <message>
        <source>No OpenAI-compatible API at this address (HTTP %1): check the base URL; it usually ends in /v1.</source>
        <translation>此地址没有兼容 OpenAI 的 API（HTTP %1）：请检查基础 URL，它通常以 /v1 结尾。</translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429): %1</source>
        <translation>请求过于频繁（HTTP 429）：%1</translation>
    </message>
    <message>
        <source>Server error (HTTP %1): try again later.</source>
        <translation>服务器错误（HTTP %1）：请稍后重试。</translation>
    </message>
    <message>
        <source>Request refused by the server (HTTP %1).</source>
        <translation>服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: is the server running, and is the base URL right?</source>
        <translation>无法连接到 %1：服务器是否在运行？基础 URL 是否正确？</translation>
    </message>
    <message>
        <source>No answer from %1 in time: the model may still be loading. Try again, or allow more time in Settings › Models.</source>
        <translation>%1 未能及时回答：模型可能仍在加载。请重试，或在“设置 › 模型”中延长等待时间。</translation>
    </message>
    <message>
        <source>Connection lost before the answer was finished; what arrived is kept.</source>
        <translation>回答完成前连接已断开；已收到的内容会保留。</translation>
    </message>
    <message>
        <source>Unreadable answer from the server; what arrived is kept.</source>
        <translation>服务器的回答无法读取；已收到的内容会保留。</translation>
    </message>
    <message>
        <source>Not an OpenAI-compatible server: check the base URL.</source>
        <translation>这不是兼容 OpenAI 的服务器：请检查基础 URL。</translation>
    </message>
    <message>
        <source>The server reported an error while answering.</source>
        <translation>服务器在回答时报告了错误。</translation>
    </message>
    <message>
        <source>No model chosen: pick one in the composer or in Settings › Models.</source>
        <translation>未选择模型：请在输入区或“设置 › 模型”中选择一个。</translation>
    </message>
    <message>
        <source>No model is set up: add one in Settings › Models.</source>
        <translation>尚未设置模型：请在“设置 › 模型”中添加。</translation>
    </message>
    <message>
        <source>Unexpected answer from the server (HTTP %1).</source>
        <translation>服务器返回了意外的响应（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>服务器返回：%1</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Stop the answer (Esc)</source>
        <extracomment>Milliseconds after the last keystroke before the draft is written. The composer stays readable on wide windows, like the message column above it. (message id, new text): the user edited a message they had sent. (endpoint id, model)</extracomment>
        <translation>停止回答（Esc）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>发送（Enter）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Message the model…</source>
        <translation>给模型发消息…</translation>
    </message>
    <message>
        <source>Write a note… (no model is set up yet)</source>
        <translation>写一条笔记…（尚未设置模型）</translation>
    </message>
    <message>
        <source>System prompt ✓</source>
        <translation>系统提示词 ✓</translation>
    </message>
    <message>
        <source>System prompt in effect:
%1</source>
        <translation>当前生效的系统提示词：
%1</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Instructions the model gets before the conversation</source>
        <translation>模型在对话开始前收到的指示</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>消息输入区</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Editing your message — Enter saves, Esc cancels</source>
        <translation>正在编辑你的消息 — Enter 保存，Esc 取消</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <source>Set up a model…</source>
        <translation>设置模型…</translation>
    </message>
    <message>
        <source>Connect Parley to Ollama, LM Studio, OpenAI or any OpenAI-compatible server</source>
        <translation>将 Parley 连接到 Ollama、LM Studio、OpenAI 或任何兼容 OpenAI 的服务器</translation>
    </message>
    <message>
        <source>Shift+Enter for a new line</source>
        <translation>Shift+Enter 换行</translation>
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
    <name>ConversationFind</name>
    <message>
        <source>Find failed</source>
        <extracomment>At most one re-find this often while messages change (a streaming answer), and never more than a third of the time: a find in 10,000 messages takes ~0.4 s of a worker. The current occurrence changed: (its 0-based index or -1, the number of occurrences).</extracomment>
        <translation>查找失败</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <source>Conversation title</source>
        <extracomment>The user finished renaming: the new title (stripped, never empty).</extracomment>
        <translation>对话标题</translation>
    </message>
    <message>
        <source>Double-click to rename</source>
        <translation>双击以重命名</translation>
    </message>
    <message>
        <source>New conversation title</source>
        <translation>新的对话标题</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 条消息</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 条消息</translation>
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
        <translation>通用</translation>
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
        <extracomment>Where a message jumped to lands, from the top of the view. The user switched to another version of a message (conversation id). A message action: (&quot;regenerate&quot; | &quot;retry&quot; | &quot;edit&quot; | &quot;copy&quot;, message id). The user renamed the conversation in the header: (conversation id, new title). The header shows the new title at once; whoever listens saves it. Messages of the shown branch were added or changed (streaming, an edit, a reload). These messages&apos; Markdown rendering arrived (their documents changed).</extracomment>
        <translation>复制</translation>
    </message>
    <message>
        <source>Could not show that message</source>
        <translation>无法显示该消息</translation>
    </message>
    <message>
        <source>Could not switch versions</source>
        <translation>无法切换版本</translation>
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
        <extracomment>(name, base URL, default model) offered by &quot;Add&quot;.</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>正在检查密钥环…</translation>
    </message>
    <message>
        <source>Not needed for local servers</source>
        <translation>本地服务器无需填写</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Looking for the system keyring…</source>
        <translation>正在查找系统密钥环…</translation>
    </message>
    <message>
        <source>API keys are kept in the system keyring (%1), never in Parley’s files.</source>
        <translation>API 密钥保存在系统密钥环（%1）中，绝不会写入 Parley 的文件。</translation>
    </message>
    <message>
        <source>No system keyring was found: API keys are kept only until Parley closes. Install or unlock one (GNOME Keyring, KWallet) to keep them.</source>
        <translation>未找到系统密钥环：API 密钥只会保留到 Parley 关闭为止。请安装或解锁一个密钥环（GNOME Keyring、KWallet）来保存它们。</translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation>正在获取模型列表…</translation>
    </message>
    <message>
        <source>The server lists no models; type the model’s name.</source>
        <translation>服务器没有列出任何模型；请输入模型名称。</translation>
    </message>
    <message>
        <source>1 model available.</source>
        <translation>有 1 个可用模型。</translation>
    </message>
    <message>
        <source>%1 models available.</source>
        <translation>有 %1 个可用模型。</translation>
    </message>
    <message>
        <source>No model list: %1 You can type the model’s name.</source>
        <translation>无法获取模型列表：%1 你可以直接输入模型名称。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>测试失败：%1</translation>
    </message>
    <message>
        <source>Connected. %1 is available.</source>
        <translation>已连接。%1 可用。</translation>
    </message>
    <message>
        <source>Connected. %1 answered.</source>
        <translation>已连接。%1 已回答。</translation>
    </message>
    <message>
        <source>Connected. The server offers %1 models; choose a default one.</source>
        <translation>已连接。服务器提供 %1 个模型，请选择一个默认模型。</translation>
    </message>
    <message>
        <source>Connected, but the server lists no models.</source>
        <translation>已连接，但服务器没有列出任何模型。</translation>
    </message>
    <message>
        <source>Other OpenAI-compatible server…</source>
        <translation>其他兼容 OpenAI 的服务器…</translation>
    </message>
    <message>
        <source>My server</source>
        <translation>我的服务器</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a model server</source>
        <translation>添加模型服务器</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this model server</source>
        <translation>移除此模型服务器</translation>
    </message>
    <message>
        <source>Model servers</source>
        <translation>模型服务器</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>Ollama: http://localhost:11434/v1 · LM Studio: http://localhost:1234/v1 · OpenAI: https://api.openai.com/v1</source>
        <translation>Ollama：http://localhost:11434/v1 · LM Studio：http://localhost:1234/v1 · OpenAI：https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>显示或隐藏密钥</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>默认模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <source>Choose or type a model name</source>
        <translation>选择或输入模型名称</translation>
    </message>
    <message>
        <source>Fetch the model list from the server</source>
        <translation>从服务器获取模型列表</translation>
    </message>
    <message>
        <source>Fetch models</source>
        <translation>获取模型</translation>
    </message>
    <message>
        <source>Show answers as they are written (streaming)</source>
        <translation>边生成边显示回答（流式传输）</translation>
    </message>
    <message>
        <source>Ask the model to title new conversations</source>
        <translation>让模型为新对话起标题</translation>
    </message>
    <message>
        <source>&amp;Wait for the server:</source>
        <translation>等待服务器(&amp;W)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long to wait for the next piece of an answer before giving up</source>
        <translation>等待回答下一部分的最长时间，超时即放弃</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No model is set up yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Parley talks to any server that speaks the OpenAI chat API: a model on this computer with Ollama, LM Studio or llama.cpp, or a service such as OpenAI or OpenRouter.&lt;/p&gt;&lt;p&gt;Click &lt;b&gt;Add&lt;/b&gt; to begin.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;尚未设置模型。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Parley 可以与任何支持 OpenAI 聊天 API 的服务器通信：可以是在这台电脑上通过 Ollama、LM Studio 或 llama.cpp 运行的模型，也可以是 OpenAI、OpenRouter 等服务。&lt;/p&gt;&lt;p&gt;点击&lt;b&gt;添加&lt;/b&gt;开始。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Unknown format “%1”; choose one of %2.</source>
        <extracomment>Other spellings of each format&apos;s extension that still mean &quot;one file&quot;.</extracomment>
        <translation>未知格式“%1”；请从以下格式中选择：%2。</translation>
    </message>
    <message>
        <source>There is nothing to export: no conversations are in the chosen scope.</source>
        <translation>没有可导出的内容：所选范围内没有对话。</translation>
    </message>
    <message>
        <source>Unknown output layout %1.</source>
        <translation>未知的输出方式 %1。</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder; choose a new folder name.</source>
        <translation>%1 已存在且不是空文件夹；请换一个文件夹名称。</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 是一个文件夹；请提供文件名。</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Conversations</source>
        <extracomment>(format, label, extension) in the order offered.</extracomment>
        <translation>导出对话</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The selected conversations (%1)</source>
        <translation>选中的对话（%1）</translation>
    </message>
    <message>
        <source>The search results (%1)</source>
        <translation>搜索结果（%1）</translation>
    </message>
    <message>
        <source>A project:</source>
        <translation>某个项目：</translation>
    </message>
    <message>
        <source>Everything (%1 conversations)</source>
        <translation>全部（%1 个对话）</translation>
    </message>
    <message>
        <source>Project to export</source>
        <translation>要导出的项目</translation>
    </message>
    <message>
        <source>As</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Markdown: readable transcripts</source>
        <translation>Markdown：易读的对话记录</translation>
    </message>
    <message>
        <source>Parley JSON: everything, for a backup or another computer</source>
        <translation>Parley JSON：完整内容，用于备份或迁移到另一台电脑</translation>
    </message>
    <message>
        <source>JSON Lines: one message per line, for data tools</source>
        <translation>JSON Lines：每行一条消息，适用于数据工具</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>HTML: a web page, styled like Parley</source>
        <translation>HTML：网页，样式与 Parley 一致</translation>
    </message>
    <message>
        <source>PDF: for printing and sharing</source>
        <translation>PDF：用于打印和分享</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目标位置</translation>
    </message>
    <message>
        <source>One file</source>
        <translation>单个文件</translation>
    </message>
    <message>
        <source>A folder, one file per conversation, with an index</source>
        <translation>文件夹，每个对话一个文件，附带索引</translation>
    </message>
    <message>
        <source>A .zip archive, one file per conversation, with an index</source>
        <translation>.zip 压缩包，每个对话一个文件，附带索引</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>The open conversation</source>
        <translation>当前打开的对话</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>未命名对话</translation>
    </message>
    <message>
        <source>The open conversation: %1</source>
        <translation>当前打开的对话：%1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Parley export %1</source>
        <translation>Parley 导出 %1</translation>
    </message>
    <message>
        <source>Choose Where to Create the Export Folder</source>
        <translation>选择创建导出文件夹的位置</translation>
    </message>
    <message>
        <source>Export As</source>
        <translation>导出为</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Exporting conversations…</source>
        <translation>正在导出对话…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>Exported %1 conversation to %2</source>
        <translation>已将 %1 个对话导出到 %2</translation>
    </message>
    <message>
        <source>Exported %1 conversations to %2</source>
        <translation>已将 %1 个对话导出到 %2</translation>
    </message>
    <message>
        <source>The export stopped with an error.</source>
        <translation>导出因错误而中止。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ExportedFile</name>
    <message>
        <source>User</source>
        <extracomment>A reader sees these in the exported files; contexts say so to translators.</extracomment>
        <translation>用户</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>未命名对话</translation>
    </message>
    <message>
        <source>Untitled</source>
        <extracomment>The file name of an untitled conversation in a folder or zip export.</extracomment>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Parley export</source>
        <translation>Parley 导出</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>系统提示词：</translation>
    </message>
    <message>
        <source>Thinking:</source>
        <translation>思考过程：</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation>没有对话</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Conversation id</source>
        <translation>对话 ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Exported from %1</source>
        <translation>导出自 %1</translation>
    </message>
    <message>
        <source>%1 export</source>
        <translation>%1 导出</translation>
    </message>
    <message>
        <source>%1 conversation, exported %2.</source>
        <translation>%1 个对话，导出于 %2。</translation>
    </message>
    <message>
        <source>%1 conversations, exported %2.</source>
        <translation>%1 个对话，导出于 %2。</translation>
    </message>
    <message>
        <source>%1 message</source>
        <translation>%1 条消息</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 条消息</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>在对话中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配项（Shift+F3）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配项（F3）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>关闭查找</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
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
    <name>Import</name>
    <message>
        <source>ChatGPT export</source>
        <translation>ChatGPT 导出文件</translation>
    </message>
    <message>
        <source>is a %1, not a conversation object</source>
        <extracomment>Fields of a conversation that Parley stores in columns; the rest is kept in metadata.</extracomment>
        <translation>是 %1，不是对话对象</translation>
    </message>
    <message>
        <source>has no messages (no “%1”); skipped</source>
        <translation>没有消息（缺少“%1”）；已跳过</translation>
    </message>
    <message>
        <source>its “%1” is a %2, not an object</source>
        <translation>其“%1”是 %2，不是对象</translation>
    </message>
    <message>
        <source>has no id; skipped</source>
        <translation>没有 id；已跳过</translation>
    </message>
    <message>
        <source>has no messages; skipped</source>
        <translation>没有消息；已跳过</translation>
    </message>
    <message>
        <source>node %1 is a %2, not an object</source>
        <translation>节点 %1 是 %2，不是对象</translation>
    </message>
    <message>
        <source>node %1 has a message that is not an object</source>
        <translation>节点 %1 的消息不是对象</translation>
    </message>
    <message>
        <source>message %1: unknown content type “%2” kept as it was</source>
        <translation>消息 %1：未知的内容类型“%2”，已按原样保留</translation>
    </message>
    <message>
        <source>its current message is missing; showing the newest branch</source>
        <translation>缺少当前消息；显示最新的分支</translation>
    </message>
    <message>
        <source>Claude export</source>
        <translation>Claude 导出文件</translation>
    </message>
    <message>
        <source>has no uuid; skipped</source>
        <translation>没有 uuid；已跳过</translation>
    </message>
    <message>
        <source>its “%1” is a %2, not a list</source>
        <translation>其“%1”是 %2，不是列表</translation>
    </message>
    <message>
        <source>message %1 is a %2, not an object</source>
        <translation>消息 %1 是 %2，不是对象</translation>
    </message>
    <message>
        <source>%1 message whose parent is missing was kept as a separate branch</source>
        <translation>%1 条缺少上级消息的消息已作为独立分支保留</translation>
    </message>
    <message>
        <source>%1 messages whose parent is missing were kept as separate branches</source>
        <translation>%1 条缺少上级消息的消息已作为独立分支保留</translation>
    </message>
    <message>
        <source>message %1: unknown block “%2” kept as it was</source>
        <translation>消息 %1：未知的内容块“%2”，已按原样保留</translation>
    </message>
    <message>
        <source>%1; the file may be incomplete (download the export again)</source>
        <extracomment>Sniffing reads at most one record; one larger than this is not worth guessing about. Records of an array looked at before giving up on recognising it. Filled from a Parley export&apos;s header while it is read.</extracomment>
        <translation>%1；文件可能不完整（请重新下载导出文件）</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <extracomment>The sum of an archive&apos;s declared sizes may not pass this. Real JSON exports deflate 5-20x; 200x on a large entry means a bomb, not chat history. Below this, any ratio is harmless. The operating system&apos;s reason (&quot;Permission denied&quot;) goes in as it is.</extracomment>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>is not a chat export Parley recognises (ChatGPT, Claude, Parley JSON or JSON Lines, or the browser chat history)</source>
        <translation>不是 Parley 能识别的聊天导出文件（ChatGPT、Claude、Parley JSON 或 JSON Lines，或浏览器聊天记录）</translation>
    </message>
    <message>
        <source>holds no conversations (its conversation files are empty)</source>
        <translation>不包含任何对话（其中的对话文件为空）</translation>
    </message>
    <message>
        <source>holds no chat export Parley recognises</source>
        <translation>不包含 Parley 能识别的聊天导出文件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;file: what went wrong&quot;, &quot;record: what went wrong&quot; (the same shape, nested).
----------
Progress is reported at most this often (in records). &quot;conversation 12 (“Trip to Lisbon”): its “mapping” is a list, not an object&quot;.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (%1)</source>
        <extracomment>One record (a conversation) larger than this is refused as absurd: real conversations are kilobytes to a few megabytes, and a record must fit in memory to be decoded. How much text is read at a time. A decode error this close to the end of the window may just mean &quot;read more&quot;.</extracomment>
        <translation>文件不是有效的 UTF-8 文本（%1）</translation>
    </message>
    <message>
        <source>expected %1 or %2 but found %3</source>
        <translation>应为 %1 或 %2，但遇到 %3</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>文件末尾</translation>
    </message>
    <message>
        <source>expected %1 but found %2</source>
        <translation>应为 %1，但遇到 %2</translation>
    </message>
    <message>
        <source>the file ends where a value was expected (truncated?)</source>
        <translation>文件在应有值的位置结束（是否被截断？）</translation>
    </message>
    <message>
        <source>one record is larger than %1 MB; this does not look like a chat export</source>
        <translation>单条记录超过 %1 MB；这看起来不像聊天导出文件</translation>
    </message>
    <message>
        <source>the file ends in the middle of a record (truncated?)</source>
        <translation>文件在一条记录中间结束（是否被截断？）</translation>
    </message>
    <message>
        <source>invalid JSON (%1) near character %2</source>
        <translation>第 %2 个字符附近的 JSON 无效（%1）</translation>
    </message>
    <message>
        <source>the file ends inside the list of records (truncated?)</source>
        <translation>文件在记录列表内部结束（是否被截断？）</translation>
    </message>
    <message>
        <source>expected a quoted key</source>
        <translation>应为带引号的键</translation>
    </message>
    <message>
        <source>the file ends inside an object (truncated?)</source>
        <translation>文件在对象内部结束（是否被截断？）</translation>
    </message>
    <message>
        <source>browser chat history</source>
        <translation>浏览器聊天记录</translation>
    </message>
    <message>
        <source>the stored history is not valid JSON (%1)</source>
        <translation>保存的历史记录不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>the stored history is not a list of messages</source>
        <translation>保存的历史记录不是消息列表</translation>
    </message>
    <message>
        <source>the history holds no messages</source>
        <translation>历史记录中没有消息</translation>
    </message>
    <message>
        <source>Parley export</source>
        <extracomment>The newest version this Parley reads (and writes).</extracomment>
        <translation>Parley 导出文件</translation>
    </message>
    <message>
        <source>Parley JSON Lines export</source>
        <translation>Parley JSON Lines 导出文件</translation>
    </message>
    <message>
        <source>message %1: “%2” is not a %3</source>
        <extracomment>&quot;message 3f2a…: “content” is not a string&quot; (the key and its JSON type stay as they are).</extracomment>
        <translation>消息 %1：“%2”不是 %3</translation>
    </message>
    <message>
        <source>is a Parley export without a valid format version</source>
        <translation>是没有有效格式版本的 Parley 导出文件</translation>
    </message>
    <message>
        <source>was written by a newer Parley (format version %1; this one reads up to %2). Update Parley to import it.</source>
        <translation>由较新版本的 Parley 写入（格式版本 %1；此版本最高可读取 %2）。请更新 Parley 后再导入。</translation>
    </message>
    <message>
        <source>the field “%1” is missing or not a %2</source>
        <translation>字段“%1”缺失或不是 %2</translation>
    </message>
    <message>
        <source>message %1: “%2” is missing or not a %3</source>
        <translation>消息 %1：“%2”缺失或不是 %3</translation>
    </message>
    <message>
        <source>message %1 is not an object</source>
        <translation>消息 %1 不是对象</translation>
    </message>
    <message>
        <source>message %1 has an unknown role “%2”</source>
        <translation>消息 %1 的角色“%2”未知</translation>
    </message>
    <message>
        <source>message %1 has an unknown status “%2”</source>
        <translation>消息 %1 的状态“%2”未知</translation>
    </message>
    <message>
        <source>“%1” is not an object</source>
        <translation>“%1”不是对象</translation>
    </message>
    <message>
        <source>“%1” is not a list of strings</source>
        <translation>“%1”不是字符串列表</translation>
    </message>
    <message>
        <source>line %1 is not a Parley message line</source>
        <translation>第 %1 行不是 Parley 消息行</translation>
    </message>
    <message>
        <source>conversation %1 (“%2”)</source>
        <translation>对话 %1（“%2”）</translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation>对话 %1</translation>
    </message>
    <message>
        <source>could not be read (%1: %2)</source>
        <translation>无法读取（%1：%2）</translation>
    </message>
    <message>
        <source>after conversation %1</source>
        <translation>在对话 %1 之后</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>在开头</translation>
    </message>
    <message>
        <source>unexpected data after the end of the export</source>
        <translation>导出内容结束后出现了意外的数据</translation>
    </message>
    <message>
        <source>has an unsupported format %1</source>
        <translation>格式 %1 不受支持</translation>
    </message>
    <message>
        <source>the entry is larger than its archive declares; refusing to read on</source>
        <translation>该条目比压缩包声明的更大；已停止读取</translation>
    </message>
    <message>
        <source>is %1 GB, far larger than any chat export; refusing it</source>
        <translation>大小为 %1 GB，远超任何聊天导出文件；已拒绝</translation>
    </message>
    <message>
        <source>holds too many files to be a chat export</source>
        <translation>包含的文件过多，不可能是聊天导出文件</translation>
    </message>
    <message>
        <source>cannot be read from the archive (%1)</source>
        <translation>无法从压缩包中读取（%1）</translation>
    </message>
    <message>
        <source>is damaged inside the archive (the zip may be truncated or corrupt)</source>
        <translation>在压缩包内已损坏（zip 文件可能被截断或已损坏）</translation>
    </message>
    <message>
        <source>is not a readable zip archive (it may be truncated: download the export again)</source>
        <translation>不是可读取的 zip 压缩包（可能被截断：请重新下载导出文件）</translation>
    </message>
    <message>
        <source>holds %1 entries, too many for a chat export</source>
        <translation>包含 %1 个条目，对聊天导出文件来说太多了</translation>
    </message>
    <message>
        <source>declares an entry %1 of %2 GB; refusing it</source>
        <translation>声明了一个 %2 GB 的条目 %1；已拒绝</translation>
    </message>
    <message>
        <source>looks like a zip bomb: %1 would inflate %2 times to %3 MB; refusing it</source>
        <translation>看起来是 zip 炸弹：%1 会膨胀 %2 倍，达到 %3 MB；已拒绝</translation>
    </message>
    <message>
        <source>would inflate to %1 GB, far more than any chat export; refusing it</source>
        <translation>解压后将达到 %1 GB，远超任何聊天导出文件；已拒绝</translation>
    </message>
    <message>
        <source>a message id is already used by another conversation (%1)</source>
        <extracomment>Messages buffered before an ``executemany``.</extracomment>
        <translation>某个消息 ID 已被另一个对话使用（%1）</translation>
    </message>
    <message>
        <source>some ids clash with data already in Parley under other ids (%1)</source>
        <translation>部分 ID 与 Parley 中已以其他 ID 存在的数据冲突（%1）</translation>
    </message>
    <message>
        <source>message id %1 appears twice</source>
        <translation>消息 ID %1 出现了两次</translation>
    </message>
    <message>
        <source>“%2”: %1 message had a missing parent and starts its own branch</source>
        <translation>“%2”：%1 条消息缺少上级消息，现作为独立分支开始</translation>
    </message>
    <message>
        <source>“%2”: %1 messages had a missing parent and start their own branch</source>
        <translation>“%2”：%1 条消息缺少上级消息，现作为独立分支开始</translation>
    </message>
    <message>
        <source>“%1”: a loop in the message tree was broken</source>
        <translation>“%1”：已断开消息树中的循环</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Conversations</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <source>Choose a ChatGPT or Claude data export (the .zip, or its conversations.json), a Parley export, or a saved browser chat history. Importing the same export again never adds anything twice.</source>
        <translation>选择 ChatGPT 或 Claude 的数据导出（.zip 文件或其中的 conversations.json）、Parley 导出文件，或保存的浏览器聊天记录。重复导入同一份导出不会产生重复内容。</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>As in the export (others to the first project)</source>
        <translation>与导出中相同（其余放入第一个项目）</translation>
    </message>
    <message>
        <source>Put conversations in:</source>
        <translation>将对话放入：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose Exports to Import</source>
        <translation>选择要导入的导出文件</translation>
    </message>
    <message>
        <source>Chat exports (%1);;All files (*)</source>
        <translation>聊天导出文件 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose an Unpacked Export</source>
        <translation>选择已解压的导出文件夹</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Reading… %1%</source>
        <translation>正在读取… %1%</translation>
    </message>
    <message>
        <source>Cannot be imported: %1</source>
        <translation>无法导入：%1</translation>
    </message>
    <message>
        <source>%1 entry will be skipped</source>
        <translation>将跳过 %1 个条目</translation>
    </message>
    <message>
        <source>%1 entries will be skipped</source>
        <translation>将跳过 %1 个条目</translation>
    </message>
    <message>
        <source>No files chosen yet. You can also drop files onto the main window.</source>
        <translation>尚未选择文件。你也可以把文件拖放到主窗口上。</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Nothing here can be imported.</source>
        <translation>这里没有可导入的内容。</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>找到 %1。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Importing conversations…</source>
        <translation>正在导入对话…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>The import stopped with an error; nothing from the file in progress was saved.</source>
        <translation>导入因错误而中止；正在处理的文件中的内容均未保存。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1 conversation</source>
        <extracomment>Warnings kept per file; beyond this only their number is.</extracomment>
        <translation>%1 个对话</translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation>%1 个对话</translation>
    </message>
    <message>
        <source>%1 message</source>
        <translation>%1 条消息</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 条消息</translation>
    </message>
    <message>
        <source>%1, %2 from several exports</source>
        <translation>%1、%2（多个导出文件）</translation>
    </message>
    <message>
        <source>%1, %2 from a %3</source>
        <translation>%1、%2（%3）</translation>
    </message>
    <message>
        <source>%1 new message</source>
        <translation>%1 条新消息</translation>
    </message>
    <message>
        <source>%1 new messages</source>
        <translation>%1 条新消息</translation>
    </message>
    <message>
        <source>Added %1, updated %2, skipped %3 conversations (%4)</source>
        <translation>对话：已添加 %1 个，已更新 %2 个，已跳过 %3 个（%4）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The format&apos;s name (&quot;ChatGPT export&quot;), once recognised. Why the file was not imported (``ImportFailed.text``), or None.</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>cancelled; nothing from this file was saved</source>
        <translation>已取消；此文件中的内容均未保存</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 skipped (%4)</source>
        <translation>已添加 %1 个，已更新 %2 个，已跳过 %3 个（%4）</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>%1 条警告</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 条警告</translation>
    </message>
    <message>
        <source>%1 file not imported</source>
        <translation>%1 个文件未导入</translation>
    </message>
    <message>
        <source>%1 files not imported</source>
        <translation>%1 个文件未导入</translation>
    </message>
    <message>
        <source>Parley import report %1</source>
        <translation>Parley 导入报告 %1</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>发现：%1</translation>
    </message>
    <message>
        <source>result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>new project: %1</source>
        <translation>新项目：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>… and %1 more warning</source>
        <translation>… 另有 %1 条警告</translation>
    </message>
    <message>
        <source>… and %1 more warnings</source>
        <translation>… 另有 %1 条警告</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Cancelled: nothing from the file in progress was saved; files finished before it were.</source>
        <translation>已取消：正在处理的文件中的内容未保存；之前已完成的文件已保存。</translation>
    </message>
    <message>
        <source>%1 file could not be imported and changed nothing; see below.</source>
        <translation>%1 个文件无法导入，未做任何更改；详见下文。</translation>
    </message>
    <message>
        <source>%1 files could not be imported and changed nothing; see below.</source>
        <translation>%1 个文件无法导入，未做任何更改；详见下文。</translation>
    </message>
    <message>
        <source>%1 warning below.</source>
        <translation>下方有 %1 条警告。</translation>
    </message>
    <message>
        <source>%1 warnings below.</source>
        <translation>下方有 %1 条警告。</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <source>Parley import report</source>
        <translation>Parley 导入报告</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>无法保存报告</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
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
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
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
        <extracomment>Emitted once, after the window has painted for the first time. Emitted when the conversation view has been created (after the first paint). The conversation on the right changed (id, or &quot;&quot; for none). Chat (composer, model endpoints), built with the conversation view.</extracomment>
        <translation>通用</translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation>文字大小 %1%</translation>
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
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
</context>
<context>
    <name>MessageListView</name>
    <message>
        <source>Messages</source>
        <extracomment>The user clicked a footer action: (name, message id). &quot;copy&quot; after copying. The user asked for another version of a message: (message id, -1 or +1). A web or mail link was opened in the system browser. The first paint after a conversation was opened (emitted at the end of that paint event: connected slots must not paint).</extracomment>
        <translation>消息</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>还没有消息</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>代码已复制</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy Message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>复制链接地址</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Tokens: %1 in, %2 out</source>
        <translation>Token：输入 %1，输出 %2</translation>
    </message>
    <message>
        <source>First word after %1 s, finished after %2 s</source>
        <translation>首个字词用时 %1 秒，完成用时 %2 秒</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>编辑消息</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>重新生成回答</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>%1 (choose a model in Settings)</source>
        <translation>%1（请在设置中选择模型）</translation>
    </message>
    <message>
        <source>The model that answers</source>
        <translation>负责回答的模型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
</context>
<context>
    <name>ProjectSelector</name>
    <message>
        <source>New Project…</source>
        <extracomment>Item data marking the &quot;New Project…&quot; entry (project entries hold the project id).</extracomment>
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
        <translation>滚动到最新消息</translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <source>Search All Conversations…</source>
        <extracomment>The index is merged this long after the window first paints (start-up work comes first).</extracomment>
        <translation>搜索所有对话…</translation>
    </message>
    <message>
        <source>Search every conversation (Ctrl+Shift+F)</source>
        <translation>搜索所有对话（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>查找上一个</translation>
    </message>
</context>
<context>
    <name>SearchHints</name>
    <message>
        <source>Add a word to search for: -word only leaves out matches.</source>
        <translation>请添加要搜索的词：-词语 只会排除匹配项。</translation>
    </message>
    <message>
        <source>Unknown role “%1”: use role:user or role:assistant.</source>
        <translation>未知角色“%1”：请使用 role:user 或 role:assistant。</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD, for example 2026-03-01.</source>
        <translation>“%1”不是日期：请写成 YYYY-MM-DD 格式，例如 2026-03-01。</translation>
    </message>
    <message>
        <source>Unknown in:%1: use in:archived or in:all.</source>
        <translation>未知的 in:%1：请使用 in:archived 或 in:all。</translation>
    </message>
    <message>
        <source>%1: needs a value, for example %1:something.</source>
        <translation>%1: 需要一个值，例如 %1:内容。</translation>
    </message>
    <message>
        <source>Type at least 3 letters before * (searching “%1” as a word).</source>
        <translation>请在 * 前至少输入 3 个字母（现按完整词“%1”搜索）。</translation>
    </message>
    <message>
        <source>Filters cannot be negated: -%1 was ignored.</source>
        <translation>筛选条件不能取反：已忽略 -%1。</translation>
    </message>
    <message>
        <source>after:%1 is not before before:%2: nothing can match.</source>
        <translation>after:%1 不早于 before:%2：不会有任何匹配。</translation>
    </message>
    <message>
        <source>There is no project named “%1”.</source>
        <translation>没有名为“%1”的项目。</translation>
    </message>
    <message>
        <source>There is no tag named “%1”.</source>
        <translation>没有名为“%1”的标签。</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n match(es): %2</source>
        <translation>
            <numerusform>%1，%n 个匹配项：%2</numerusform>
        </translation>
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
        <extracomment>Above this many changed conversations, re-read the list instead of placing each row. The sidebar itself changed these conversations in the store (renamed, pinned, archived, moved): views showing them may want to refresh their header.</extracomment>
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
    <name>SidebarSearch</name>
    <message>
        <source>Searching…</source>
        <extracomment>Typing pauses this long before a query runs. A result was opened: (conversation id, message id or &quot;&quot;, the query text). The sidebar&apos;s ``conversation_activated`` is emitted just before. A search finished and its results are shown (for tests and the status line).</extracomment>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No conversations match “%1”.</source>
        <translation>没有与“%1”匹配的对话。</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
</context>
<context>
    <name>SystemPromptDialog</name>
    <message>
        <source>System Prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>此对话</translation>
    </message>
    <message>
        <source>System prompt for this conversation</source>
        <translation>此对话的系统提示词</translation>
    </message>
    <message>
        <source>Empty: the project’s prompt below is used.</source>
        <translation>留空：将使用下方项目的提示词。</translation>
    </message>
    <message>
        <source>Every conversation in “%1”</source>
        <translation>“%1”中的所有对话</translation>
    </message>
    <message>
        <source>System prompt for the project</source>
        <translation>项目的系统提示词</translation>
    </message>
    <message>
        <source>For example: Answer briefly. Use metric units.</source>
        <translation>例如：回答要简洁。使用公制单位。</translation>
    </message>
    <message>
        <source>The model reads the system prompt before every message. A conversation’s own prompt replaces the project’s.</source>
        <translation>模型在每条消息之前都会读取系统提示词。对话自己的提示词会替代项目的提示词。</translation>
    </message>
</context>
<context>
    <name>TransferProgress</name>
    <message>
        <source>Cancel</source>
        <extracomment>The dialog&apos;s bar counts in these steps (Qt&apos;s range is int; byte counts are not).</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
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
        <source>The database%1 could not be written: the disk reported an error (it may be full, removed or failing). Nothing was saved; free some space or check the disk and try again.</source>
        <translation>无法写入数据库%1：磁盘报告了错误（可能已满、已移除或出现故障）。没有保存任何内容；请释放一些空间或检查磁盘，然后重试。</translation>
    </message>
    <message>
        <source>The database%1 was written by a newer version of Parley. Install the newer version to open it.</source>
        <translation>数据库%1是由更新版本的 Parley 写入的。请安装新版本后再打开它。</translation>
    </message>
    <message>
        <source>The item was not found; it may have been deleted in another window.</source>
        <translation>找不到该条目；它可能已在其他窗口中被删除。</translation>
    </message>
</context>
</TS>
