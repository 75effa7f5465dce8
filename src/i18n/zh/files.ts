/** Chinese for src/ui/files (and what it shows from the store, src/files, src/share and src/persist). */
export const ZH_FILES = {
  'The YAML has a syntax error on line {line}; fix it first, then download the JSON.': 'YAML 第 {line} 行有语法错误；请先修正，再下载 JSON。',
  'The document nests too deeply or expands too many aliases to be converted to JSON.': '文档嵌套过深或展开的别名过多，无法转换为 JSON。',

  // Opening a file (src/files). `{what}` is a file name in quotes, or "The shared link": no space around it.
  '"{file}"': '“{file}”',
  '{what} is not an FDL file, so it was not opened. Open a .yaml, .yml or .json flow.': '{what}不是 FDL 文件，未打开。请打开 .yaml、.yml 或 .json 流程文件。',
  '{what} is {size}; FDL Studio opens flows up to {limit}, so it was not opened. Is it the right file?': '{what}大小为 {size}，FDL Studio 最多打开 {limit} 的流程，因此未打开。是否选错了文件？',
  '{what} could not be read (it may have been moved or deleted). Try opening it again.': '无法读取{what}（可能已被移动或删除）。请重新打开。',
  '{what} is not a text file (it holds binary data), so it was not opened. Open a .yaml, .yml or .json flow.': '{what}不是文本文件（包含二进制数据），未打开。请打开 .yaml、.yml 或 .json 流程文件。',
  '{what} is not UTF-8 text, so it was not opened. Save it as UTF-8 and open it again.': '{what}不是 UTF-8 文本，未打开。请将其另存为 UTF-8 后重新打开。',
  '{what} is empty. Use New to start an empty flow.': '{what}为空。如需从空流程开始，请使用“新建”。',
  '{what} is not an FDL flow: {detail}.': '{what}不是 FDL 流程：{detail}。',

  // Share links (src/share) and what the session says when one cannot be opened (src/persist)
  'This share link is damaged or incomplete (it may have been cut off when it was copied), so it was not opened. Ask for the link again, or for the YAML file.':
    '此分享链接已损坏或不完整（可能在复制时被截断），未打开。请重新索取链接或 YAML 文件。',
  'This share link is {size} KB, longer than the {limit} KB of any link FDL Studio makes, so it was not opened. Ask for the YAML file instead.':
    '此分享链接长 {size} KB，超过 FDL Studio 生成的任何链接的长度（{limit} KB），未打开。请改为索取 YAML 文件。',
  'This address holds no share link (#flow=…).': '此地址不含分享链接（#flow=…）。',
  'This share link was made by a newer version of FDL Studio (link format {version}). Reload the page to get the latest version.':
    '此分享链接由更新版本的 FDL Studio 生成（链接格式 {version}）。请重新加载页面以获取最新版本。',
  '{count} characters': '{count} 个字符',
  'This flow is {size}, too big for a link. Use Export → Download YAML and send the file instead.': '此流程大小为 {size}，无法放入链接。请使用“导出 → 下载 YAML”，改为发送文件。',
  'The link for this flow would be {size}, longer than the {limit} that links reliably survive in mail and chat. Use Export → Download YAML and send the file instead.':
    '此流程的链接将长达 {size}，超过链接在邮件和聊天中能可靠传递的 {limit}。请使用“导出 → 下载 YAML”，改为发送文件。',
  'The shared link': '分享链接',
  '{reason} Your own flows are untouched.': '{reason}你自己的流程未受影响。',
  'There is no built-in example called "{name}". Use New to pick one of: {names}.': '没有名为“{name}”的内置示例。请使用“新建”从以下示例中选择：{names}。',
  'That document is no longer stored in this browser.': '此浏览器中已不再保存该文档。',

  // Names the app gives documents (kept as the document's name once given)
  'Untitled flow': '未命名流程',
  'Shared flow': '分享的流程',
  '{name} (copy)': '{name}（副本）',

  // Autosave (src/persist) and the document bar
  'Browser storage is full, so changes are not being saved in this browser. Use Export → Download YAML to keep your work, or delete old documents from the recent list.':
    '浏览器存储已满，更改未保存在此浏览器中。请使用“导出 → 下载 YAML”保存你的工作，或从最近列表中删除旧文档。',
  'This browser is not letting FDL Studio save (private browsing or site data turned off), so your work will be lost when the tab closes. Use Export → Download YAML to keep it.':
    '此浏览器不允许 FDL Studio 保存（无痕浏览或已关闭网站数据），关闭标签页后你的工作将丢失。请使用“导出 → 下载 YAML”保存。',
  'Document name': '文档名称',
  'Autosave status': '自动保存状态',
  'Not saved': '未保存',
  'Changed in another tab': '已在其他标签页中更改',
  'Saving…': '正在保存…',
  'Saved in this browser': '已保存在此浏览器中',
  'Recent': '最近',

  // The messages strip
  'Storage warning': '存储警告',
  'Hide': '隐藏',
  'Another tab saved this flow while you were changing it here. To overwrite nothing, your changes here are not saved until you choose.':
    '你在此处修改时，另一个标签页保存了此流程。为避免覆盖任何内容，在你做出选择之前，此处的更改不会保存。',
  'Show the other version': '显示另一个版本',
  'Keep mine as a new flow': '将我的版本另存为新流程',
  'File message': '文件消息',
  'Dismiss': '关闭',

  // Dialogs
  'Cancel': '取消',
  'Done': '完成',
  'Open FDL file': '打开 FDL 文件',
  'Drop a .yaml, .yml or .json flow to open it': '拖放 .yaml、.yml 或 .json 流程文件以打开',
  'Flows are saved in this browser as you edit. Nothing is uploaded.': '编辑时流程会保存在此浏览器中，不会上传任何内容。',
  'No flows saved yet.': '尚未保存任何流程。',
  'open now': '当前打开',
  'Delete {name}': '删除“{name}”',
  'just now': '刚刚',
  '{minutes} min ago': '{minutes} 分钟前',
  '{hours} h ago': '{hours} 小时前',
  'Share link': '分享链接',
  'Link copied to the clipboard ({count} characters). The flow travels inside the link itself: nothing is uploaded, and opening it creates a new document.':
    '链接已复制到剪贴板（{count} 个字符）。流程包含在链接本身中：不会上传任何内容，打开链接会创建一个新文档。',
  'Link': '链接',
  'New flow': '新建流程',
  'Start from an empty flow or from an example. It opens as a new document; your other flows stay in the recent list.':
    '从空流程或示例开始。它将作为新文档打开；你的其他流程仍保留在最近列表中。',
  'Empty flow': '空流程',
  'version: v1, type: flow, no steps yet.': 'version: v1，type: flow，尚无步骤。',
  'Replace the open flow?': '替换当前打开的流程？',
  'Browser storage is not working, so the changes to "{name}" exist only on this page. Opening another flow will lose them.':
    '浏览器存储无法使用，对“{name}”的更改只存在于此页面中。打开其他流程将丢失这些更改。',
  'Open anyway': '仍然打开',
  'Download YAML first': '先下载 YAML',
  'Delete this flow?': '删除此流程？',
  '"{name}" will be removed from this browser. Files you downloaded or saved are not affected.': '将从此浏览器中删除“{name}”。你已下载或保存的文件不受影响。',

  // Save, export and share results
  'Saved to {file}.': '已保存到 {file}。',
  'The browser did not allow writing to {file}, so it was downloaded instead.': '浏览器不允许写入 {file}，已改为下载。',
  'Could not write the file ({reason}), so it was downloaded instead.': '无法写入文件（{reason}），已改为下载。',
  'FDL flow': 'FDL 流程',
  'There is no diagram to export yet: add a step first.': '还没有可导出的图：请先添加一个步骤。',
  'The diagram could not be exported: {reason}': '无法导出图：{reason}',
  'The browser could not draw the diagram as a PNG.': '浏览器无法将图绘制为 PNG。',
  'The image shows {drawn} of the {total} steps: the page could not draw them all in time. Try again, or zoom out first.':
    '图片只显示了 {total} 个步骤中的 {drawn} 个：页面未能及时绘制全部步骤。请重试，或先缩小视图。',
  "The image sets the flow's top level in {columns} columns, read left to right, so a long flow stays readable; the canvas keeps one column.":
    '图片将流程的顶层排成 {columns} 列（从左到右阅读），使长流程保持易读；画布中仍为一列。',

  // The built-in examples' descriptions in the New gallery: the first comment line of each public/examples file,
  // by its exact text (builtInExamples.test.ts checks that every example has one). The YAML itself stays English.
  'MNS queue callback: the flow sends a message to an MNS queue and waits until a worker reports back.':
    'MNS 队列回调：流程向 MNS 队列发送一条消息，并等待工作进程上报结果。',
  'Choice step: branch on the step input, and loop back with goto to poll until a job is done.': '选择步骤：根据步骤输入进行分支，并用 goto 循环回去轮询，直到作业完成。',
  'Fail step: stop with an error and a cause, here when the input is invalid.': '失败步骤：以错误和原因结束执行，此处在输入无效时触发。',
  'Foreach step: run the same steps for every element of a list, up to 100 at once, and gather the results.':
    '循环步骤：对列表的每个元素运行相同的步骤（最多同时 100 个），并汇总结果。',
  'Three MNS callback tasks in a row, the figure of the MNS callback best practice.': '三个依次执行的 MNS 回调任务，即 MNS 回调最佳实践中的示意图。',
  'Parallel step: run branches at the same time and collect their results with outputMappings.': '并行步骤：同时运行多个分支，并用 outputMappings 汇总其结果。',
  'Pass step: seed constants and reshape data without calling anything.': '传递步骤：不调用任何服务，设置常量并重组数据。',
  "Succeed step: end a sequence early and successfully, usually reached through a choice's goto.": '成功步骤：提前成功结束一个步骤序列，通常经由选择步骤的 goto 到达。',
  'Function Compute task: call a function, retry what is transient, and turn other errors into a clean failure.':
    '函数计算任务：调用函数，重试临时性错误，并将其他错误转为明确的失败。',
  'Wait step: pause for some seconds, or until a point in time, written out or read from the input.': '等待步骤：暂停若干秒，或等到某个时间点（直接写出或从输入中读取）。',
}
