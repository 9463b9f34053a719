package dev.atrium.core.test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** What a refusal on the API looks like, checked the same way by every feature's bad-input tests. */
public final class Problems {

    private Problems() {
    }

    /** A problem+json answer with {@code status}. */
    public static ResultActions problem(ResultActions response, int status) throws Exception {
        return response.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** A 400 validation problem whose field errors name {@code field}. */
    public static ResultActions invalid(ResultActions response, String field) throws Exception {
        return problem(response, 400)
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/validation-failed"))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
                .andExpect(jsonPath("$.detail", containsString("invalid")));
    }

    /** A 400 for a body that is not JSON at all. */
    public static ResultActions malformed(ResultActions response) throws Exception {
        return problem(response, 400)
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/malformed-request"));
    }
}
