/**
 * Every string a person reads comes from the resource bundle, through here.
 */
package org.twofold.web.i18n;
