// 批量导入: posts the file with fetch under an import id and shows the import's progress while it runs, so a
// file of 100,000 rows does not look frozen; the answer (the same page, with the result) then replaces the page.
(function () {
  const form = document.getElementById('import-form');
  if (!form) {
    return;
  }
  const section = document.getElementById('progress');
  const bar = document.getElementById('progress-bar');
  const text = document.getElementById('progress-text');
  const base = form.getAttribute('action');

  function percent(part, whole) {
    return whole ? '（' + Math.floor(part * 100 / whole) + '%）' : '';
  }

  function show(p) {
    if (p.state === 'CHECKING' && p.total != null) {
      bar.max = p.total || 1;
      bar.value = p.checked;
      text.textContent = '正在检查：已检查 ' + p.checked.toLocaleString('zh-CN') + ' / '
          + p.total.toLocaleString('zh-CN') + ' 行' + percent(p.checked, p.total);
    } else if (p.state === 'POSTING') {
      bar.max = p.toPost || 1;
      bar.value = p.posted;
      text.textContent = '检查通过，正在记账：已记账 ' + p.posted.toLocaleString('zh-CN') + ' / '
          + p.toPost.toLocaleString('zh-CN') + ' 笔' + percent(p.posted, p.toPost) + '，文件共 '
          + p.total.toLocaleString('zh-CN') + ' 行';
    } else if (p.state === 'CHECKING') {
      text.textContent = '正在读取文件……';
    }
  }

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    const id = 'import-' + Date.now() + '-' + Math.random().toString(36).slice(2);
    section.hidden = false;
    form.querySelector('button').disabled = true;
    const timer = setInterval(async function () {
      const answer = await fetch(base + '/' + encodeURIComponent(id) + '/progress', {credentials: 'same-origin'});
      if (answer.ok) {
        show(await answer.json());
      }
    }, 400);
    try {
      const answer = await fetch(base, {method: 'POST', body: new FormData(form), credentials: 'same-origin',
        headers: {'X-Import-Id': id}});
      const html = await answer.text();
      clearInterval(timer);
      document.open();
      document.write(html);
      document.close();
    } catch (e) {
      clearInterval(timer);
      text.textContent = '上传失败，未记账：' + e;
      form.querySelector('button').disabled = false;
    }
  });
}());
