/*
 * Passkeys on Twofold's pages. A button with data-passkey="create" or "get" fetches the
 * ceremony's options from data-options-url (a POST: each makes a new challenge), asks the
 * browser's authenticator, puts its answer (the PublicKeyCredential as JSON) into the form's
 * field marked data-passkey-answer, and submits the form with its button marked
 * data-passkey-submit. A cancelled or failed ceremony submits an empty answer: the server
 * then says so on the page. Browsers without WebAuthn hide the buttons and show the note
 * marked data-passkey-unsupported instead. An offer marked data-passkey-offer (hidden) is
 * shown only where this device can make a passkey that verifies its person.
 */
(function () {
    'use strict';

    function toBytes(base64url) {
        var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
        var text = atob(base64 + '===='.slice(base64.length % 4 || 4));
        var bytes = new Uint8Array(text.length);
        for (var i = 0; i < text.length; i++) {
            bytes[i] = text.charCodeAt(i);
        }
        return bytes.buffer;
    }

    function toBase64url(buffer) {
        var bytes = new Uint8Array(buffer);
        var text = '';
        for (var i = 0; i < bytes.length; i++) {
            text += String.fromCharCode(bytes[i]);
        }
        return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }

    function withIds(descriptors) {
        return (descriptors || []).map(function (d) {
            return {type: d.type, id: toBytes(d.id), transports: d.transports};
        });
    }

    /* The browser's own JSON helpers where present (2024 on), the same by hand where not. */
    function creationOptions(json) {
        if (PublicKeyCredential.parseCreationOptionsFromJSON) {
            return PublicKeyCredential.parseCreationOptionsFromJSON(json);
        }
        var options = Object.assign({}, json);
        options.challenge = toBytes(json.challenge);
        options.user = Object.assign({}, json.user, {id: toBytes(json.user.id)});
        options.excludeCredentials = withIds(json.excludeCredentials);
        return options;
    }

    function requestOptions(json) {
        if (PublicKeyCredential.parseRequestOptionsFromJSON) {
            return PublicKeyCredential.parseRequestOptionsFromJSON(json);
        }
        var options = Object.assign({}, json);
        options.challenge = toBytes(json.challenge);
        options.allowCredentials = withIds(json.allowCredentials);
        return options;
    }

    function answerOf(credential) {
        if (typeof credential.toJSON === 'function') {
            return credential.toJSON();
        }
        var r = credential.response;
        var response = {clientDataJSON: toBase64url(r.clientDataJSON)};
        if (r.attestationObject) {
            response.attestationObject = toBase64url(r.attestationObject);
            response.transports = typeof r.getTransports === 'function' ? r.getTransports() : [];
        } else {
            response.authenticatorData = toBase64url(r.authenticatorData);
            response.signature = toBase64url(r.signature);
            if (r.userHandle) {
                response.userHandle = toBase64url(r.userHandle);
            }
        }
        return {
            id: credential.id, rawId: toBase64url(credential.rawId), type: credential.type, response: response,
            authenticatorAttachment: credential.authenticatorAttachment,
            clientExtensionResults: credential.getClientExtensionResults()
        };
    }

    function ceremony(button) {
        return fetch(button.getAttribute('data-options-url'), {
            method: 'POST', credentials: 'same-origin', headers: {'Accept': 'application/json'}
        }).then(function (response) {
            if (!response.ok) {
                throw new Error('no options');
            }
            return response.json();
        }).then(function (json) {
            return button.getAttribute('data-passkey') === 'create'
                ? navigator.credentials.create({publicKey: creationOptions(json)})
                : navigator.credentials.get({publicKey: requestOptions(json)});
        }).then(function (credential) {
            return JSON.stringify(answerOf(credential));
        });
    }

    function start(button) {
        var form = button.form || button.closest('form');
        var field = form.querySelector('[data-passkey-answer]');
        var submit = form.querySelector('[data-passkey-submit]');
        button.disabled = true;
        ceremony(button).catch(function () {
            return '';
        }).then(function (answer) {
            field.value = answer;
            submit.click();
        });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-passkey]') : null;
        if (button) {
            event.preventDefault();
            start(button);
        }
    });

    document.addEventListener('DOMContentLoaded', function () {
        if (window.PublicKeyCredential && navigator.credentials) {
            var offers = document.querySelectorAll('[data-passkey-offer]');
            if (offers.length > 0 && PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable) {
                PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable().then(function (available) {
                    offers.forEach(function (offer) {
                        offer.hidden = !available;
                    });
                });
            }
            return;
        }
        document.querySelectorAll('[data-passkey]').forEach(function (button) {
            button.hidden = true;
        });
        document.querySelectorAll('[data-passkey-unsupported]').forEach(function (note) {
            note.hidden = false;
        });
    });
}());
