/**
 * Every string a person reads comes from the resource bundle, through here, in the page's
 * language (the person's choice, else the browser's); times are shown in the browser's zone.
 */
package org.twofold.web.i18n;
