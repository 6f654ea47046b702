package org.shegong.volunteer.web;

import org.shegong.Anyone;
import org.shegong.volunteer.Certificates;
import org.shegong.volunteer.Verification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Anyone may check a certificate number: genuine, altered or unknown — no personal data beyond a masked name. */
@Controller
@Anyone
class PublicCertificateController {

    private final Certificates certificates;

    PublicCertificateController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/public/volunteer/certificates")
    String form(@RequestParam(required = false) String number, Model model) {
        if (number != null && !number.isBlank()) {
            model.addAttribute("v", certificates.verify(number));
        }
        return "volunteer/verify";
    }

    @GetMapping("/public/volunteer/certificates/{number}")
    String verify(@PathVariable String number, Model model) {
        model.addAttribute("v", certificates.verify(number));
        return "volunteer/verify";
    }

    @GetMapping("/api/v1/public/volunteer/certificates/{number}")
    @ResponseBody
    Verification verifyApi(@PathVariable String number) {
        return certificates.verify(number);
    }
}
