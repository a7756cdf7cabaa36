// Progress for the notice upload (导入整改通报). Without this script the form posts as usual and the page
// answers after the upload; with it, the same form data (antiforgery token and handler name included) goes
// out through XMLHttpRequest, which reports the upload percentage, then "parsing" until the server answers.
// Plain script, no build step: the UI has no npm and no Blazor script here (docs/decisions/0005).
(function () {
    'use strict';

    function say(template, value) {
        return (template || '').replace('{0}', value);
    }

    // The server answered with a page (the form again, with its error): show its main part in place.
    function show(html) {
        var next = new DOMParser().parseFromString(html, 'text/html');
        var incoming = next.querySelector('main');
        var current = document.querySelector('main');
        if (!incoming || !current) {
            document.open();
            document.write(html);
            document.close();
            return;
        }
        current.replaceWith(document.adoptNode(incoming));
        document.title = next.title;
        init();
    }

    function attach(form) {
        if (form.dataset.uploadAttached) {
            return;
        }
        form.dataset.uploadAttached = 'true';
        form.addEventListener('submit', function (event) {
            var box = form.querySelector('.upload-progress');
            var bar = box && box.querySelector('progress');
            var label = box && box.querySelector('.upload-label');
            if (!window.FormData || !window.DOMParser || !bar || !label) {
                return; // the ordinary post
            }
            event.preventDefault();
            box.hidden = false;

            var input = form.querySelector('input[type=file]');
            var file = input && input.files && input.files[0];
            var max = Number(form.dataset.maxBytes || 0);
            if (file && max && file.size > max) {
                bar.hidden = true;
                label.textContent = form.dataset.tooLarge;
                return;
            }

            var button = form.querySelector('button[type=submit]');
            if (button) {
                button.disabled = true;
            }
            bar.hidden = false;
            bar.value = 0;
            label.textContent = say(form.dataset.uploading, '0');

            var target = form.action; // the page itself: the form names no action
            var xhr = new XMLHttpRequest();
            xhr.open('POST', target);
            xhr.upload.addEventListener('progress', function (e) {
                if (e.lengthComputable) {
                    var percent = Math.round(e.loaded * 100 / e.total);
                    bar.value = percent;
                    label.textContent = say(form.dataset.uploading, String(percent));
                }
            });
            xhr.upload.addEventListener('load', function () {
                bar.removeAttribute('value'); // indeterminate while the importer reads the notice
                label.textContent = form.dataset.parsing;
            });
            xhr.addEventListener('load', function () {
                // Redirected: the preview exists (or sign-in is needed). Go there as an ordinary navigation.
                if (xhr.responseURL && xhr.responseURL !== target) {
                    window.location.assign(xhr.responseURL);
                    return;
                }
                show(xhr.responseText);
            });
            xhr.addEventListener('error', function () {
                form.submit(); // no progress, but the post still happens
            });
            xhr.send(new FormData(form));
        });
    }

    function init() {
        Array.prototype.forEach.call(document.querySelectorAll('form[data-upload-progress]'), attach);
    }

    init();
}());
