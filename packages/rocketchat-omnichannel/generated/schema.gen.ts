// Generated from specs/rocketchat-omnichannel/openapi.yaml by `pnpm generate`. Do not edit by hand:
// change the spec and regenerate.

export interface paths {
    "/api/v1/omnichannel/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Omnichannel Contact
         * @description Retrieve a contact's information. Permission required: `view-l-room`.
         *
         *     Send both `X-Auth-Token` and `X-User-Id`; without them the server
         *     answers `401 Unauthorized`. A user without the permission gets
         *     `403 Forbidden`.
         */
        get: operations["getOmnichannelContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The user who manages the contact. The page marks none of its fields as required. */
        ContactManager: {
            /** @description The contact manager's username. Read as non-empty: the page types it as a string, and an empty one would identify nothing. */
            username?: string;
        };
        /** @description A phone number of the contact. The page marks none of its fields as required. */
        Phone: {
            /**
             * @description The phone number. The page states no format; its example is
             *     international with a leading `+` (`+91123456788`). Read as non-empty:
             *     an entry with no number would carry nothing.
             */
            phoneNumber?: string;
        };
        /** @description An e-mail address of the contact. The page marks none of its fields as required. */
        VisitorEmail: {
            /**
             * Format: email
             * @description The e-mail address. The page types it as a string and states no
             *     format; the field holds the contact's e-mail address (the page's
             *     capture hides its example behind e-mail obfuscation), so this document
             *     reads it as `email`.
             */
            address?: string;
        };
        /**
         * @description An omnichannel contact, or `null` when no enabled visitor has the given id:
         *     the server answers that case with `200 OK`. None of the fields is required,
         *     so a client should not rely on any being present.
         */
        Contact: {
            /** @description The contact ID. Read as non-empty: the page types it as a string, and an empty one would identify nothing. */
            _id?: string;
            /** @description The contact's username, for example `guest-39`. Read as non-empty: the page types it as a string, and an empty one would identify nothing. */
            username?: string;
            /**
             * Format: date-time
             * @description Date and time the contact was created. The page types it as a string
             *     and states no format; its example (`2023-10-30T12:09:05.982Z`) is an
             *     ISO 8601 date-time in UTC, so this document reads it as `date-time`.
             */
            ts?: string;
            /** @description The contact's token. Read as non-empty: the page types it as a string, and an empty one would identify nothing. */
            token?: string;
            /**
             * Format: date-time
             * @description Date and time the contact was last updated. The page types it as a
             *     string and states no format; its example (`2023-10-30T13:43:22.044Z`)
             *     is an ISO 8601 date-time in UTC, so this document reads it as
             *     `date-time`.
             */
            _updatedAt?: string;
            contactManager?: components["schemas"]["ContactManager"];
            /**
             * @description The contact's custom field values (livechat data). The page types it as
             *     an object and shows an empty one, so no keys are defined.
             */
            livechatData?: Record<string, never>;
            /** @description The contact's name. */
            name?: string;
            /** @description The contact's phone numbers. */
            phone?: components["schemas"]["Phone"][];
            /** @description The contact's e-mail addresses. */
            visitorEmails?: components["schemas"]["VisitorEmail"][];
        } | null;
        /**
         * @description The contact and the outcome of the request. The page marks neither field
         *     as required; its Success Example carries both.
         */
        GetContactResponse: {
            contact?: components["schemas"]["Contact"];
            /**
             * @description Whether the request succeeded. The page types it as a boolean; its
             *     Success Example shows `true` and every error example `false`, so this
             *     document reads it as always `true` in a `200 OK` answer.
             * @constant
             */
            success?: true;
        };
        /**
         * @description The error body of `400 Bad Request` and `403 Forbidden`. The page marks
         *     none of its fields as required; every example carries both.
         */
        ErrorResponse: {
            /**
             * @description Whether the request succeeded. The page types it as a boolean; every
             *     error example shows `false`, so this document reads it as always
             *     `false` in an error answer.
             * @constant
             */
            success?: false;
            /** @description What went wrong, as a message for people. */
            error?: string;
        };
        /**
         * @description The error body of `401 Unauthorized`, which differs from the other error
         *     bodies: it has `status` and `message` instead of `success` and `error`.
         *     The page marks none of its fields as required; its example carries both.
         */
        AuthorizationError: {
            /** @description The outcome of the request. The page's example shows `error`; it lists no other values. */
            status?: string;
            /** @description What went wrong, as a message for people. */
            message?: string;
        };
    };
    responses: never;
    parameters: {
        /**
         * @description The contact ID. The page states no format or length for it; the Success
         *     Example's contact has the `_id` `653f9ce1a2f73c7460e18e82`.
         * @example 653f9ce1a2f73c7460e18e82
         */
        ContactId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type ContactManager = components['schemas']['ContactManager'];
export type Phone = components['schemas']['Phone'];
export type VisitorEmail = components['schemas']['VisitorEmail'];
export type Contact = components['schemas']['Contact'];
export type GetContactResponse = components['schemas']['GetContactResponse'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type AuthorizationError = components['schemas']['AuthorizationError'];
export type ParameterContactId = components['parameters']['ContactId'];
export type $defs = Record<string, never>;
export interface operations {
    getOmnichannelContact: {
        parameters: {
            query: {
                /**
                 * @description The contact ID. The page states no format or length for it; the Success
                 *     Example's contact has the `_id` `653f9ce1a2f73c7460e18e82`.
                 * @example 653f9ce1a2f73c7460e18e82
                 */
                contactId: components["parameters"]["ContactId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description OK. The contact's information; `contact` is `null` when no enabled
             *     visitor has that id, which the client treats as a not-found failure.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetContactResponse"];
                };
            };
            /** @description Bad Request. The request is invalid, for example `contactId` is missing. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized. The `X-Auth-Token` and `X-User-Id` headers are missing or do not identify a logged-in user. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizationError"];
                };
            };
            /** @description Forbidden. The user does not have the permission this operation requires. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
