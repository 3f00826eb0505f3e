package org.twofold.web.faces;

import com.sun.faces.renderkit.html_basic.FormRenderer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * Every form carries the page's script nonce in a hidden field. PrimeFaces' CSP mode refuses a
 * post back whose nonce differs from its view's; its script adds the field in a browser with
 * JavaScript, and this renders it for one without (and for plain HTTP clients), so a page posts
 * the same either way.
 */
public class NonceFormRenderer extends FormRenderer {

    /** The request parameter PrimeFaces compares with the view's nonce. */
    static final String NONCE_PARAMETER = "primefaces.nonce";

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (component.isRendered() && PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", null);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", NONCE_PARAMETER, null);
            writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
            writer.endElement("input");
        }
        super.encodeEnd(context, component);
    }
}
