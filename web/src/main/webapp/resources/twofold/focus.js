// After a refused submit, the messages box takes the focus: a screen reader reads the error at
// once, and the next Tab reaches the fields (WCAG 3.3.1). Run again at "load", after the
// browser's own autofocus, which would otherwise take the focus back to the first field.
(function () {
    function focusError() {
        var error = document.querySelector('.ui-messages-error, .ui-message-error');
        if (!error) {
            return;
        }
        var box = error.closest('.ui-messages') || error;
        box.setAttribute('tabindex', '-1');
        box.focus();
    }
    document.addEventListener('DOMContentLoaded', focusError);
    window.addEventListener('load', focusError);
})();
