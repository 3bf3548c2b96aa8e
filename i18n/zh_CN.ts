<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <source>Space used: %1</source>
        <translation>已用空间：%1</translation>
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
        <source>Size:</source>
        <translation>大小：</translation>
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
        <source>Deleted “%1”</source>
        <extracomment>Emitted once, after the window has painted for the first time. Emitted when the conversation view has been created (after the first paint). The conversation on the right changed (id, or "" for none).</extracomment>
        <translation>已删除“%1”</translation>
    </message>
    <message>
        <source>Deleted %1 conversations</source>
        <translation>已删除 %1 个对话</translation>
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
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to %1</source>
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
</TS>
