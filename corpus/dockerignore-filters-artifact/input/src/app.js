document.body.textContent = "widget";
