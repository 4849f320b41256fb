/**
 * Expected problems shown to users. The class and every message live in `src/render/messages.ts`
 * (shared with the console); re-exported here for Discord code.
 */
export { UserFacingError, USER_ERRORS, userErrorMessage, type UserErrorId } from '../render/messages.js';
