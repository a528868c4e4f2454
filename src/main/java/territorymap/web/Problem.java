package territorymap.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body, sent as {@code application/problem+json}.
 *
 * @param type a URI naming the kind of problem (relative to the service)
 * @param title a short summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong in this case
 * @param instance the request path
 * @param field the request field at fault (query parameter, path parameter or JSON path), if any
 * @param reason with {@code field}: what is wrong with it, without the document and field that
 *     {@code detail} may start with, for a client to show beside the control at fault
 * @param available the values that would have been accepted, where there is a short list
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
    String field, String reason, List<String> available) {

  static final String CONTENT_TYPE = "application/problem+json";
}
